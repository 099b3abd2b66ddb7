package org.souk.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A field's label as the pages show it, in the language of the request, found from the field's path alone
 * (the form's {@code texts[en].title} or the API's {@code texts.en.title}) among the label keys of the
 * bundles. Used where a refusal is made centrally and knows no page: {@link PlainText}'s.
 */
@Component
public class InputLabels {

    /**
     * Where the pages' labels live, in the order they are tried: the shared ones first, then the card's before
     * the version's ({@code version.title} is a heading, not the card's Title field).
     */
    private static final List<String> PREFIXES = List.of("field.", "card.field.", "solution.field.",
            "legalEntity.", "version.", "programs.field.", "taxonomy.field.");

    private final MessageSource source;

    InputLabels(MessageSource source) {
        this.source = source;
    }

    /**
     * The label of the longest tail of the path that has one ({@code texts.en.title}: Title), dropping trailing
     * map keys and indexes ({@code whatsNew.en}: What's new); the path itself when none is found.
     */
    public String of(String path) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> names = Arrays.stream(path.split("[.\\[\\]]+")).filter(s -> !s.isEmpty()).toList();
        for (int end = names.size(); end > 0; end--) {
            for (int start = 0; start < end; start++) {
                String name = String.join(".", names.subList(start, end));
                for (String prefix : PREFIXES) {
                    String label = source.getMessage(prefix + name, null, null, locale);
                    if (label != null) {
                        return label;
                    }
                }
            }
        }
        return path;
    }

    /** The refusal of {@link PlainText} as a violation of the field, its message naming the field's label. */
    public Violation refusal(String path, PlainText.Flaw flaw) {
        String message = source.getMessage(flaw.messageKey(), new Object[] { of(path), flaw.character(),
            flaw.position() }, LocaleContextHolder.getLocale());
        return new Violation(path, null, message);
    }
}
