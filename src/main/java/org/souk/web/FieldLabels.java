package org.souk.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A field's label as the forms show it, in the language of the request, from the field's path in any of its
 * spellings: the API's and the checks' {@code card.texts.en.installation}, the form's {@code texts[en].title},
 * {@code whatsNew.en}. The paths stay for the API and the moderators; pages and e-mails for partners show these
 * labels ({@code ${@fieldLabels.of(field)}} in a template), and refusals made centrally ({@link PlainText}'s)
 * name the field by them.
 */
@Component("fieldLabels")
public class FieldLabels {

    /** A card text of one language, or all of them ({@code card.texts.en}). */
    private static final Pattern TEXT = Pattern.compile("(?:card\\.)?texts\\.([a-z]{2,3})(?:\\.(\\w+))?");
    private static final Pattern WHATS_NEW = Pattern.compile("(?:version\\.)?whatsNew(?:\\.([a-z]{2,3}))?");
    /** Paths whose label is not found from their last name. */
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("card.icon", "card.icon"),
            Map.entry("icon", "card.icon"), Map.entry("card.screenshots", "card.screenshots"),
            Map.entry("screenshot", "card.screenshots"), Map.entry("archive", "version.archive"),
            Map.entry("version.archive", "version.archive"), Map.entry("version.number", "moderation.version"),
            Map.entry("regions", "solution.field.region"));
    /**
     * Where the pages' labels live, in the order they are tried: the shared ones first, then the card's before
     * the version's ({@code version.title} is a heading, not the card's Title field).
     */
    private static final List<String> PREFIXES = List.of("field.", "card.field.", "solution.field.",
            "legalEntity.", "version.", "programs.field.", "taxonomy.field.");

    private final MessageSource source;
    private final ObjectProvider<LanguageNames> languages;

    FieldLabels(MessageSource source, ObjectProvider<LanguageNames> languages) {
        this.source = source;
        this.languages = languages;
    }

    /** The label in the UI language; null for a path no form labels (the caller shows the path, or nothing). */
    public String of(String path) {
        return of(path, LocaleContextHolder.getLocale());
    }

    /** The label in a given language (e-mail, written outside a request). */
    public String of(String path, Locale locale) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String field = path.replace("]", "").replace('[', '.');
        Matcher text = TEXT.matcher(field);
        if (text.matches()) {
            String language = language(text.group(1));
            if (text.group(2) == null) {
                return message(locale, "card.field.texts", language);
            }
            String label = message(locale, "card.field." + text.group(2));
            return label == null ? null : message(locale, "card.field.inLanguage", label, language);
        }
        Matcher whatsNew = WHATS_NEW.matcher(field);
        if (whatsNew.matches()) {
            String label = message(locale, "version.whatsNew");
            return whatsNew.group(1) == null ? label
                    : message(locale, "card.field.inLanguage", label, language(whatsNew.group(1)));
        }
        if (KEYS.containsKey(field)) {
            return message(locale, KEYS.get(field));
        }
        return byLastNames(field, locale);
    }

    /** The label, or the path itself where no form labels it. */
    public String orPath(String path) {
        String label = of(path);
        return label == null ? path : label;
    }

    /** The refusal of {@link PlainText} as a violation of the field, its message naming the field's label. */
    public Violation refusal(String path, PlainText.Flaw flaw) {
        String message = source.getMessage(flaw.messageKey(), new Object[] { orPath(path), flaw.character(),
            flaw.position() }, LocaleContextHolder.getLocale());
        return new Violation(path, null, message);
    }

    /**
     * The label of the longest tail of the path that has one ({@code legalEntity.taxId}: Tax id), dropping
     * trailing map keys and indexes.
     */
    private String byLastNames(String field, Locale locale) {
        List<String> names = Arrays.stream(field.split("\\.+")).filter(s -> !s.isEmpty()).toList();
        for (int end = names.size(); end > 0; end--) {
            for (int start = 0; start < end; start++) {
                String name = String.join(".", names.subList(start, end));
                for (String prefix : PREFIXES) {
                    String label = message(locale, prefix + name);
                    if (label != null) {
                        return label;
                    }
                }
            }
        }
        return null;
    }

    private String message(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, null, locale);
    }

    private String language(String code) {
        LanguageNames names = languages.getIfAvailable();
        return names == null ? code : names.name(code);
    }
}
