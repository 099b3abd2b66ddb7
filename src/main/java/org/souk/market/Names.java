package org.souk.market;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Names per language of the taxonomy: English first and always there, so that it is the fallback. */
final class Names {

    static final String ENGLISH = "en";

    private Names() {
    }

    /** The name in {@code language} ("ru", "ru-RU"), else the English one. */
    static String in(Map<String, String> names, String language) {
        String name = language == null ? null : names.get(language(language));
        return name != null ? name : names.get(ENGLISH);
    }

    /** "ru-RU", "RU", "ru_RU" → "ru"; null or blank → "en". */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        String language = java.util.Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return language.isEmpty() ? ENGLISH : language;
    }

    /** An unmodifiable copy, English first, then the other languages in alphabetical order. */
    static Map<String, String> ordered(Map<String, String> names) {
        Map<String, String> ordered = new LinkedHashMap<>();
        if (names.containsKey(ENGLISH)) {
            ordered.put(ENGLISH, names.get(ENGLISH));
        }
        new TreeMap<>(names).forEach(ordered::putIfAbsent);
        return Collections.unmodifiableMap(ordered);
    }
}
