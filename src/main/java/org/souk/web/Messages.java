package org.souk.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the message bundles in the language of the current request. */
@Component
public class Messages {

    private final MessageSource source;
    private final FieldLabels labels;

    public Messages(MessageSource source, FieldLabels labels) {
        this.source = source;
        this.labels = labels;
    }

    public String get(String code, Object... args) {
        return source.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** Texts that go into e-mail, which is written in English for now (no language is kept per user). */
    public String inEnglish(String code, Object... args) {
        return source.getMessage(code, args, code, java.util.Locale.ENGLISH);
    }

    /**
     * A violation whose message comes from the bundle, prefixed by its rule id where there is one. A text that
     * goes on from a field's name ("is required.") gets the field's label in front, as the form shows it, so it
     * reads as a sentence under the field, in a list of errors and in an API answer alike.
     */
    public Violation violation(String field, String rule, String code, Object... args) {
        String text = sentence(field, get(code, args));
        return new Violation(field, rule, rule == null ? text : rule + ": " + text);
    }

    private String sentence(String field, String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        String label = labels.of(field);
        return label != null ? label + " " + text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
