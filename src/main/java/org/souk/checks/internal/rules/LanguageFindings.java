package org.souk.checks.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.GrammarChecker;
import org.souk.checks.internal.LanguageTools;

/** What the language checks of C-25 and V-08 share: a text in another language, clear grammar errors. */
final class LanguageFindings {

    /** At most this many grammar and spelling findings per field: the partner sees the pattern, not a flood. */
    static final int MAX_PER_FIELD = 3;

    private static final Pattern ENTITY = Pattern.compile("&(?:#([xX]?[0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.of("quot", "\"", "apos", "'", "lt", "<", "gt", ">", "amp",
            "&", "nbsp", " ", "laquo", "«", "raquo", "»", "mdash", "—", "ndash", "–");

    private LanguageFindings() {
    }

    /**
     * A finding when the text is confidently in another market language than the one it is filed under:
     * of the check's severity, or only a warning.
     */
    static void language(LanguageTools tools, Findings findings, boolean warning, String field, String text,
            String filed) {
        if (Texts.blank(text)) {
            return;
        }
        tools.detection().flatMap(detection -> detection.otherLanguage(text, filed)).ifPresent(other -> {
            if (warning) {
                findings.add(Severity.WARNING, field, "wrongLanguage", text, filed, other);
            } else {
                findings.add(field, "wrongLanguage", text, filed, other);
            }
        });
    }

    /** Up to {@link #MAX_PER_FIELD} findings of clear spelling and grammar errors in a plain text. */
    static void grammar(LanguageTools tools, Findings findings, String field, String text, String language,
            Set<String> names) {
        if (Texts.blank(text) || tools.grammar().isEmpty()) {
            return;
        }
        List<GrammarChecker.Issue> issues = tools.grammar().get().check(text, language).stream()
                .filter(issue -> !issue.spelling() || !names.contains(issue.span().toLowerCase(Locale.ROOT)))
                .limit(MAX_PER_FIELD).toList();
        for (GrammarChecker.Issue issue : issues) {
            String what = (issue.spelling() ? "spelling" : "grammar")
                    + (issue.suggestions().isEmpty() ? "NoSuggestion" : "");
            findings.add(field, what, issue.span(), issue.span(), String.join(" / ", issue.suggestions()),
                    issue.message());
        }
    }

    /**
     * The plain text of a sanitized rich text, its character references decoded (the sanitizer writes
     * {@code don&#39;t}), so that the tools see words, not markup.
     */
    static String plain(String html) {
        String text = Texts.plain(html);
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) != null) {
                int code = matcher.group(1).startsWith("x") || matcher.group(1).startsWith("X")
                        ? Integer.parseInt(matcher.group(1).substring(1), 16) : Integer.parseInt(matcher.group(1));
                replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
            } else {
                replacement = NAMED.getOrDefault(matcher.group(2), " ");
            }
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    /** The words of the card's titles in every language: the solution's own names are no misspellings. */
    static Set<String> names(CheckContext context) {
        Set<String> names = new HashSet<>();
        context.card().texts().values().forEach(text -> {
            if (text.title() != null) {
                for (String word : text.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    names.add(word);
                }
            }
        });
        return names;
    }
}
