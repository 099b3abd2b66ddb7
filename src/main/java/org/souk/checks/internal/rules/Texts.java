package org.souk.checks.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers the checks share: plain text of HTML, sentences, words of a list found in a text. */
public final class Texts {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(\\s|$)");

    private Texts() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String plain(String html) {
        return html == null ? "" : TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("\\s+", " ").trim();
    }

    static int sentences(String text) {
        if (blank(text)) {
            return 0;
        }
        Matcher matcher = SENTENCE_END.matcher(text.trim());
        int count = 0;
        int last = 0;
        while (matcher.find()) {
            count++;
            last = matcher.end();
        }
        return last < text.trim().length() ? count + 1 : count;
    }

    static String normalized(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The words and phrases of the list that stand in the text as whole words, case-insensitively. */
    public static List<String> found(String text, Set<String> words) {
        List<String> found = new ArrayList<>();
        String haystack = " " + normalized(text) + " ";
        for (String word : words) {
            String needle = normalized(word);
            if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
                found.add(word);
            }
        }
        found.sort(null);
        return found;
    }
}
