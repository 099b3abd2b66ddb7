package org.souk.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the tool says, in English or Russian by the user's locale ({@link Terminal#language()}); the bundle
 * {@code org/souk/cli/texts*.properties} also holds the Russian help texts that picocli reads by key. The texts are
 * format strings (%s) read with the root locale, so that an id prints as it is (1234, not 1 234).
 */
final class Texts {

    static final String BUNDLE = "org.souk.cli.texts";

    private final ResourceBundle bundle;

    Texts(String language) {
        // no fallback to the JVM's default locale: without a Russian locale of the user's, English
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == null ? Locale.ROOT : Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String get(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    /** The " (rule C-21)" tag after a sentence; empty without a rule. */
    String rule(String rule) {
        return rule == null ? "" : get("rule", rule);
    }

    /** An enum value of the API ("in_review") in words: its own text where there is one, else the value. */
    String words(String value) {
        if (value == null) {
            return "";
        }
        String key = "status." + value.toLowerCase(Locale.ROOT);
        return bundle.containsKey(key) ? bundle.getString(key) : value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
