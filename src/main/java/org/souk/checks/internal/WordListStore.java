package org.souk.checks.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.souk.audit.AuditLog;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The editable word lists of the checks (brands, placeholders, promotions, offensive words, trade names). */
@Component
public class WordListStore {

    private final CheckWordRepository words;
    private final AuditLog audit;
    private final Messages messages;

    WordListStore(CheckWordRepository words, AuditLog audit, Messages messages) {
        this.words = words;
        this.audit = audit;
        this.messages = messages;
    }

    public record Word(long id, String list, String language, String word, String correction) {
    }

    @Transactional(readOnly = true)
    public WordLists load() {
        Map<String, Map<String, Set<String>>> lists = new HashMap<>();
        Map<String, String> tradeNames = new LinkedHashMap<>();
        for (CheckWordEntity word : words.findAllByOrderByListAscLanguageAscWordAsc()) {
            if ("trade-name".equals(word.getList())) {
                tradeNames.put(word.getWord(), word.getCorrection());
            } else {
                lists.computeIfAbsent(word.getList(), l -> new HashMap<>())
                        .computeIfAbsent(word.getLanguage(), l -> new HashSet<>()).add(word.getWord());
            }
        }
        return new WordLists(lists.getOrDefault("brand", Map.of()), lists.getOrDefault("placeholder", Map.of()),
                lists.getOrDefault("promotion", Map.of()), lists.getOrDefault("offensive", Map.of()), tradeNames);
    }

    @Transactional(readOnly = true)
    public List<Word> all() {
        return words.findAllByOrderByListAscLanguageAscWordAsc().stream().map(WordListStore::word).toList();
    }

    /** A page of the words, for the administrator's page (the lists grow as the market learns its spam). */
    @Transactional(readOnly = true)
    public PageResponse<Word> page(int page, int size) {
        return PageResponse.read(page, size, 200, words::findAllByOrderByListAscLanguageAscWordAsc,
                WordListStore::word);
    }

    private static Word word(CheckWordEntity w) {
        return new Word(w.getId(), w.getList(), w.getLanguage(), w.getWord(), w.getCorrection());
    }

    @Transactional
    public Word add(String list, String language, String word, String correction) {
        String text = word == null ? "" : word.trim().toLowerCase(java.util.Locale.ROOT);
        if (!WordLists.NAMES.contains(list)) {
            throw new InvalidInput(messages.violation("list", null, "error.check.list", String.join(", ",
                    WordLists.NAMES)));
        }
        if (text.isEmpty() || text.length() > 200 || language == null || !language.matches("\\*|[a-z]{2}")) {
            throw new InvalidInput(messages.violation("word", null, "error.check.word"));
        }
        if ("trade-name".equals(list) && (correction == null || correction.isBlank())) {
            throw new InvalidInput(messages.violation("correction", "C-15", "error.required"));
        }
        if (words.existsByListAndLanguageAndWord(list, language, text)) {
            throw new InvalidInput(messages.violation("word", null, "error.check.wordTwice", text));
        }
        CheckWordEntity saved = words.save(new CheckWordEntity(list, language, text,
                "trade-name".equals(list) ? correction.trim() : null));
        audit.record("check.word-added", "check-word", list, language + ": " + text);
        return new Word(saved.getId(), list, language, text, saved.getCorrection());
    }

    @Transactional
    public void remove(long id) {
        CheckWordEntity word = words.findById(id).orElseThrow(() -> new NotFound("No word " + id));
        words.delete(word);
        audit.record("check.word-removed", "check-word", word.getList(), word.getLanguage() + ": " + word.getWord());
    }
}
