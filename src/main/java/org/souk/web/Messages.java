package org.souk.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the message bundles in the language of the current request. */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String code, Object... args) {
        return source.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** Texts that go into e-mail, which is written in English for now (no language is kept per user). */
    public String inEnglish(String code, Object... args) {
        return source.getMessage(code, args, code, java.util.Locale.ENGLISH);
    }

    /** A violation whose message comes from the bundle, prefixed by its rule id where there is one. */
    public Violation violation(String field, String rule, String code, Object... args) {
        String text = get(code, args);
        return new Violation(field, rule, rule == null ? text : rule + ": " + text);
    }
}
