package org.souk.checks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Category;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.en.MorfologikBritishSpellerRule;

/**
 * Obvious spelling and grammar errors (C-25, V-08) through LanguageTool, offline, for the languages
 * whose modules are on the classpath (English, Russian). Only clear errors count: the spelling rules and
 * the grammar rules (categories TYPOS and GRAMMAR, and rules whose issue type is a misspelling, a grammar
 * error or a repeated word); style, typography, punctuation, casing and whitespace rules are switched
 * off. Spelling matches on words with capitals or digits (names, brands, acronyms), on abbreviations
 * ("пн-пт") and on British spellings of an English text are left out.
 *
 * <p>A {@link JLanguageTool} is not thread-safe: each language's is used by one thread at a time.
 * Results are cached by language and the text's SHA-256.
 */
public final class GrammarChecker {

    /** Longer texts are checked up to here: a full description rarely is longer, and time stays bounded. */
    static final int MAX_CHARS = 5000;
    private static final Map<String, String> VARIANTS = Map.of("en", "en-US", "ru", "ru-RU");
    private static final Set<String> CLEAR_CATEGORIES = Set.of("TYPOS", "GRAMMAR");
    private static final Set<String> UNCLEAR_CATEGORIES = Set.of("STYLE", "TYPOGRAPHY", "PUNCTUATION", "CASING",
            "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA", "CREATIVE_WRITING", "TEXT_ANALYSIS", "GENDER_NEUTRALITY",
            "COLLOQUIALISMS", "REGIONALISMS", "SEMANTICS", "PROPER_NOUNS");
    private static final Set<ITSIssueType> CLEAR_ISSUES = Set.of(ITSIssueType.Misspelling, ITSIssueType.Grammar,
            ITSIssueType.Duplication);
    private static final Pattern NAME_OR_NUMBER = Pattern.compile(".*[\\p{Lu}\\d].*");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}{1,3}[-./])+\\p{L}{0,3}\\.?");
    private static final Pattern TAG = Pattern.compile("</?suggestion>");

    /** One clear error: the span of the text, whether it is a spelling mistake, LanguageTool's words. */
    public record Issue(int from, int to, String span, boolean spelling, String message, List<String> suggestions,
            String rule) {
    }

    private final Map<String, Tool> tools;
    private final LruCache<List<Issue>> cache = new LruCache<>(2048);

    private GrammarChecker(Map<String, Tool> tools) {
        this.tools = tools;
    }

    /**
     * Starts LanguageTool for those of the given language codes it has modules for and checks a sentence
     * in each, which loads its rules; empty if none. Takes seconds: never on a request.
     */
    public static Optional<GrammarChecker> build(Collection<String> codes) {
        Map<String, Tool> tools = new LinkedHashMap<>();
        for (String code : codes) {
            String variant = VARIANTS.get(code);
            if (variant != null && Languages.isLanguageSupported(variant)) {
                tools.put(code, new Tool(code, Languages.getLanguageForShortCode(variant)));
            }
        }
        return tools.isEmpty() ? Optional.empty() : Optional.of(new GrammarChecker(Map.copyOf(tools)));
    }

    public Set<String> languages() {
        return tools.keySet();
    }

    /** The clear errors of a plain text in that language; none for a language it has no module for. */
    public List<Issue> check(String text, String language) {
        Tool tool = tools.get(language);
        if (tool == null || text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return cache.get(LruCache.key(language, bounded), () -> tool.check(bounded));
    }

    /** Forgets every cached result (the benchmark's uncached runs). */
    public void forget() {
        cache.clear();
    }

    static boolean clear(Rule rule) {
        Category category = rule.getCategory();
        String id = category == null || category.getId() == null ? "" : category.getId().toString();
        if (UNCLEAR_CATEGORIES.contains(id)) {
            return false;
        }
        return CLEAR_CATEGORIES.contains(id) || CLEAR_ISSUES.contains(rule.getLocQualityIssueType());
    }

    private static final class Tool {

        private final String code;
        private final JLanguageTool tool;
        private final MorfologikBritishSpellerRule british;

        Tool(String code, Language language) {
            this.code = code;
            this.tool = new JLanguageTool(language);
            for (Rule rule : tool.getAllRules()) {
                if (!clear(rule)) {
                    tool.disableRule(rule.getId());
                }
            }
            try {
                this.british = "en".equals(code) ? new MorfologikBritishSpellerRule(JLanguageTool.getMessageBundle(),
                        Languages.getLanguageForShortCode("en-GB"), null, List.of()) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // a sentence with a misspelling: loads the rules and the speller's suggestions before any request
            check("en".equals(code) ? "The market checks evrey card before a moderator sees it."
                    : "Маркет проверяет каждую карточку до модиратора.");
        }

        synchronized List<Issue> check(String text) {
            List<RuleMatch> matches;
            try {
                matches = tool.check(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Issue> issues = new ArrayList<>();
            for (RuleMatch match : matches) {
                Rule rule = match.getRule();
                String span = text.substring(match.getFromPos(), match.getToPos());
                boolean spelling = rule.isDictionaryBasedSpellingRule();
                if (!clear(rule) || spelling && !misspelled(span)) {
                    continue;
                }
                issues.add(new Issue(match.getFromPos(), match.getToPos(), span, spelling,
                        TAG.matcher(match.getMessage()).replaceAll("\""),
                        match.getSuggestedReplacements().stream().limit(3).toList(), rule.getId()));
            }
            return List.copyOf(issues);
        }

        /** A spelling match that is a plain word misspelled, not a name, a number, an abbreviation or British. */
        private boolean misspelled(String word) {
            if (NAME_OR_NUMBER.matcher(word).matches() || ABBREVIATION.matcher(word).matches()) {
                return false;
            }
            try {
                return british == null || british.isMisspelled(word);
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public String toString() {
            return "LanguageTool " + code;
        }
    }
}
