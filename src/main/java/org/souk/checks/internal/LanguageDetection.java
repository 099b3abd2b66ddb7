package org.souk.checks.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Which of the market's languages a text is written in (C-25, V-08): Lingua in its low-accuracy mode (trigram
 * models only), restricted to the market's languages, its models loaded at once. Chosen over the lighter
 * Optimaize detector by measurement on short card texts (LanguageChecksTest: no text reported as misfiled in
 * its own language, Optimaize three). High accuracy (models of one to five letters) named three more of the 80
 * texts' languages right but kept 150 MB more of the heap live on every full node, which held up every token
 * grant in G1's collections (bench/README.md, TokenBench, sixth pass). Thread-safe; results are cached by the
 * text's SHA-256.
 *
 * <p>Lingua's confidences are relative: the likeliest language has 1.0, the others less. A text is
 * "confidently in another language" when it has at least {@value #MIN_WORDS} words (shorter ones are
 * guessed unreliably), the likeliest language is not the one it is filed under, and that one scores at
 * most {@value #MAX_FILED_CONFIDENCE} of it.
 */
public final class LanguageDetection {

    /** Fewer words than this (titles such as "SMS Reminders") are never judged. */
    public static final int MIN_WORDS = 3;
    /** The filed language's relative confidence at or below which another language is taken as certain. */
    public static final double MAX_FILED_CONFIDENCE = 0.85;
    /** Longer texts are judged by their beginning: enough for certainty, and bounded in time. */
    static final int MAX_CHARS = 1000;

    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[\\w-]+(?:\\.[a-z]{2,})+\\b|\\S*\\d\\S*");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final LanguageDetector detector;
    private final Map<String, Language> languages;
    private final LruCache<Map<String, Double>> cache = new LruCache<>(4096);

    private LanguageDetection(LanguageDetector detector, Map<String, Language> languages) {
        this.detector = detector;
        this.languages = languages;
    }

    /**
     * Builds the detector for those of the given language codes that Lingua knows (at least two are
     * needed; otherwise empty), loads its models and detects once. Takes seconds: never on a request.
     */
    public static Optional<LanguageDetection> build(Collection<String> codes) {
        Map<String, Language> known = new LinkedHashMap<>();
        for (String code : new TreeSet<>(codes)) {
            try {
                Language language = Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
                known.put(code, language);
            } catch (IllegalArgumentException unknown) {
                // a language Lingua does not know: its texts are not judged
            }
        }
        if (known.size() < 2) {
            return Optional.empty();
        }
        LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(known.values().toArray(Language[]::new))
                .withPreloadedLanguageModels().withLowAccuracyMode().build();
        LanguageDetection detection = new LanguageDetection(detector, Map.copyOf(known));
        detection.confidences("The market checks every card before a moderator sees it.");
        return Optional.of(detection);
    }

    /** The language codes it tells apart. */
    public Set<String> languages() {
        return languages.keySet();
    }

    /**
     * The market language the text is confidently written in when that is not {@code filed}; empty when
     * the text is in {@code filed}, too short, undecided, or filed under a language it does not know.
     */
    public Optional<String> otherLanguage(String text, String filed) {
        if (!languages.containsKey(filed) || words(text) < MIN_WORDS) {
            return Optional.empty();
        }
        Map<String, Double> confidences = confidences(text);
        if (confidences.isEmpty()) {
            return Optional.empty();
        }
        String likeliest = confidences.keySet().iterator().next();
        if (likeliest.equals(filed) || confidences.getOrDefault(filed, 0.0) > MAX_FILED_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(likeliest);
    }

    /** The relative confidences by language code, the likeliest first with 1.0; empty if no language fits. */
    public Map<String, Double> confidences(String text) {
        String cleaned = clean(text);
        if (cleaned.isBlank()) {
            return Map.of();
        }
        return cache.get(LruCache.key("", cleaned), () -> compute(cleaned));
    }

    /** Forgets every cached result (the benchmark's uncached runs). */
    public void forget() {
        cache.clear();
    }

    /** The words of letters the text has once addresses and numbers are left out. */
    public static int words(String text) {
        Matcher matcher = WORD.matcher(clean(text));
        int words = 0;
        while (matcher.find()) {
            words++;
        }
        return words;
    }

    private Map<String, Double> compute(String text) {
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        Map<String, Double> byCode = new LinkedHashMap<>();
        values.forEach((language, value) -> byCode.put(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT),
                value));
        return byCode;
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String shortened = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return NOISE.matcher(shortened).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }
}
