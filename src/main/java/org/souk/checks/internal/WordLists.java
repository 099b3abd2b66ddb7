package org.souk.checks.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editable word lists of the checks, per language ("*" for every language): platform brand names
 * that are keyword spam (C-16), placeholder titles (C-01), promotion and direct-sale words (C-25),
 * offensive words (C-25), and misspellings of trade names with their right spelling (C-15).
 */
public record WordLists(Map<String, Set<String>> brands, Map<String, Set<String>> placeholders,
        Map<String, Set<String>> promotions, Map<String, Set<String>> offensive, Map<String, String> tradeNames) {

    public static final List<String> NAMES = List.of("brand", "placeholder", "promotion", "offensive", "trade-name");

    public Set<String> brands(String language) {
        return union(brands, language);
    }

    public Set<String> placeholders(String language) {
        return union(placeholders, language);
    }

    public Set<String> promotions(String language) {
        return union(promotions, language);
    }

    public Set<String> offensive(String language) {
        return union(offensive, language);
    }

    private static Set<String> union(Map<String, Set<String>> lists, String language) {
        Set<String> all = new java.util.HashSet<>(lists.getOrDefault("*", Set.of()));
        all.addAll(lists.getOrDefault(language, Set.of()));
        return all;
    }
}
