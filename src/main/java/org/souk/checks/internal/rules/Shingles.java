package org.souk.checks.internal.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * Word shingles of a text for F-14: every run of {@value #WORDS} consecutive words (lower case, letters
 * and digits only) as a 64-bit hash, and the Jaccard similarity of two such sets.
 */
final class Shingles {

    static final int WORDS = 3;

    private Shingles() {
    }

    static Set<Long> of(String html) {
        String[] words = Texts.normalized(Texts.plain(html)).split(" ");
        Set<Long> shingles = new HashSet<>();
        if (words.length < WORDS || words[0].isEmpty()) {
            return shingles;
        }
        for (int i = 0; i + WORDS <= words.length; i++) {
            long hash = 1125899906842597L;
            for (int j = i; j < i + WORDS; j++) {
                hash = 31 * hash + words[j].hashCode();
                hash ^= hash >>> 29;
            }
            shingles.add(hash);
        }
        return shingles;
    }

    /** |A ∩ B| / |A ∪ B|, 0 when both are empty. */
    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (Long shingle : small) {
            if (large.contains(shingle)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
