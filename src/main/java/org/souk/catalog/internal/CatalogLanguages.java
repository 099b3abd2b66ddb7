package org.souk.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The languages the index analyzes with their own stemming (the market's languages of V3), and the one
 * rule for the language a text is shown in: the visitor's, else the region's mandatory one (C-11), else
 * English, else whatever there is.
 */
final class CatalogLanguages {

    /** Each has an analyzer of the same name (CatalogAnalysis); any other language is indexed as "other". */
    static final List<String> ANALYZED = List.of("en", "ru", "de", "es", "fr", "it", "pt", "pl");
    static final String OTHER = "other";

    private CatalogLanguages() {
    }

    static String pick(Collection<String> available, String wanted, String home) {
        if (wanted != null && available.contains(wanted)) {
            return wanted;
        }
        if (home != null && available.contains(home)) {
            return home;
        }
        if (available.contains("en")) {
            return "en";
        }
        return available.isEmpty() ? home : available.iterator().next();
    }

    /** The field suffix and analyzer of a card language. */
    static String analyzed(String language) {
        return ANALYZED.contains(language) ? language : OTHER;
    }

    /** The UI language of the current request. */
    static String current() {
        return LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }
}
