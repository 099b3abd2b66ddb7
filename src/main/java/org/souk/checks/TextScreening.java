package org.souk.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.souk.checks.internal.LanguageDetection;
import org.souk.checks.internal.LanguageTools;
import org.souk.checks.internal.WordListStore;
import org.souk.checks.internal.WordLists;
import org.souk.checks.internal.rules.Texts;
import org.springframework.stereotype.Service;

/**
 * The checks' text tools for texts that are not a card (customers' reviews): the market's offensive-word list
 * that C-25 uses, and the language a text is written in. Administrators keep the list at {@code /admin/checks}.
 */
@Service
public class TextScreening {

    private final WordListStore words;
    private final LanguageTools tools;

    TextScreening(WordListStore words, LanguageTools tools) {
        this.words = words;
        this.tools = tools;
    }

    /** The words of the offensive list (every language's: a review may mix them) that stand in the text. */
    public List<String> offensiveWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        WordLists lists = words.load();
        Set<String> all = new HashSet<>();
        lists.offensive().values().forEach(all::addAll);
        return Texts.found(text, all);
    }

    /**
     * The market language the text is written in: Lingua's likeliest when the language tools are up and the text
     * has enough words to judge; else by its script (Cyrillic: Russian); else {@code fallback} (the writer's
     * language). Empty only for a blank text.
     */
    public Optional<String> language(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LanguageDetection> detection = tools.detection();
        if (detection.isPresent() && LanguageDetection.words(text) >= LanguageDetection.MIN_WORDS) {
            Map<String, Double> confidences = detection.get().confidences(text);
            if (!confidences.isEmpty()) {
                return Optional.of(confidences.keySet().iterator().next());
            }
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long cyrillic = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        if (letters > 0 && cyrillic * 2 > letters) {
            return Optional.of("ru");
        }
        return Optional.of(fallback == null || fallback.isBlank() ? "en" : fallback);
    }
}
