package org.souk.catalog.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Full-text search and browsing over the index alone (hits are the stored summaries: no database round
 * trip). Words are matched, from the strongest to the weakest: the exact solution code; the words in the
 * title, keywords, short description, partner name, category and tag names, full description (each language
 * with its own stemming, only in the languages a card can be found in: the visitor's and the mandatory one
 * of the region searched, Russian for Cyrillic words); the beginnings of words in titles and keywords, for a
 * search as the visitor types. A typo is forgiven when the words as typed find nothing: a second query
 * matches them, one letter off (two in words of 7 letters or more), against the words as written (not their
 * stems: a stem is a word cut short, "remnders" would be two edits from "remind").
 */
@Component
class CatalogSearch {

    private static final AggregationKey<Map<String, Long>> GROUPS = AggregationKey.of("groups");
    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");
    private static final int FACET_TERMS = 200;

    /** How much each text weighs; the fuzzy and prefix clauses count for less than an exact word. */
    private static final Map<EntryBinder.TextField, Float> WEIGHTS = Map.of(EntryBinder.TextField.TITLE, 6f,
            EntryBinder.TextField.KEYWORDS, 4f, EntryBinder.TextField.SHORT, 3f, EntryBinder.TextField.FULL, 1f);
    private static final float CODE_WEIGHT = 100f;
    private static final float PARTNER_WEIGHT = 2f;
    private static final float TAXONOMY_WEIGHT = 2f;
    private static final float PREFIX_WEIGHT = 1.5f;
    /** Words shorter than this are not matched with a typo: "crm" would find "cry", "arm", … */
    private static final int FUZZY_MIN_LENGTH = 4;
    /** From this length on, two letters may be off ("remnder" for "reminders"). */
    private static final int TWO_EDITS_FROM = 7;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String DEFAULT_REGION = "global";

    private final EntityManagerFactory entityManagers;
    private final TaxonomyView taxonomy;

    CatalogSearch(EntityManagerFactory entityManagers, TaxonomyView taxonomy) {
        this.entityManagers = entityManagers;
        this.taxonomy = taxonomy;
    }

    /**
     * Runs in a session of its own without a transaction: hits are projections of the index, so the session
     * never takes a database connection.
     */
    CatalogResults search(CatalogQuery query, boolean withFacets) {
        return search(query, withFacets, Long.MAX_VALUE);
    }

    /**
     * As {@link #search(CatalogQuery, boolean)}, with the total counted exactly only up to {@code exactUpTo}
     * (beyond it, at least that many): Lucene then skips the matches that cannot make the page.
     */
    CatalogResults search(CatalogQuery query, boolean withFacets, long exactUpTo) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            List<String> languages = query.hasWords() ? languages(query) : List.of();
            CatalogResults results = search(entityManager, query, languages, withFacets, exactUpTo, false);
            if (results.total() == 0 && query.hasWords() && longestWord(query.q()) >= FUZZY_MIN_LENGTH) {
                results = search(entityManager, query, languages, withFacets, exactUpTo, true);
            }
            return results;
        }
    }

    long count() {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return Search.session(entityManager).search(CatalogEntry.class).where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private CatalogResults search(EntityManager entityManager, CatalogQuery query, List<String> languages,
            boolean withFacets, long exactUpTo, boolean fuzzy) {
        var options = Search.session(entityManager).search(CatalogEntry.class)
                .select(f -> f.field(EntryBinder.SUMMARY, String.class))
                .where(f -> predicate(f, query, languages, fuzzy))
                .sort(f -> sort(f, query))
                // Elasticsearch and OpenSearch take the threshold as an int (a long answers 400)
                .totalHitCountThreshold(Math.min(exactUpTo, Integer.MAX_VALUE));
        if (withFacets) {
            options = options
                    .aggregation(GROUPS, f -> f.terms().field(EntryBinder.GROUP, String.class).maxTermCount(FACET_TERMS))
                    .aggregation(CATEGORIES,
                            f -> f.terms().field(EntryBinder.CATEGORY, String.class).maxTermCount(FACET_TERMS))
                    .aggregation(TAGS, f -> f.terms().field(EntryBinder.TAG, String.class).maxTermCount(FACET_TERMS));
        }
        SearchResult<String> result = options.fetch(query.page() * query.size(), query.size());
        List<CatalogSummary> items = result.hits().stream().map(SnapshotJson::summary).toList();
        return new CatalogResults(items, result.total().hitCountLowerBound(), result.total().isHitCountExact(),
                query.page(), query.size(),
                withFacets ? result.aggregation(GROUPS) : Map.of(),
                withFacets ? result.aggregation(CATEGORIES) : Map.of(), withFacets ? result.aggregation(TAGS) : Map.of());
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, CatalogQuery query, List<String> languages, boolean fuzzy) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.hasWords()) {
            bool.must(fuzzy ? typos(f, query.q().trim()) : words(f, query.q().trim(), languages));
        } else {
            bool.must(f.matchAll());
        }
        filter(f, bool, EntryBinder.REGION, query.region());
        filter(f, bool, EntryBinder.GROUP, query.group());
        filter(f, bool, EntryBinder.CATEGORY, query.category());
        filter(f, bool, EntryBinder.TAG, query.tag());
        filter(f, bool, EntryBinder.PRICING, query.pricing() == null ? null : query.pricing().name());
        filter(f, bool, EntryBinder.TECHNOLOGY, query.technology() == null ? null : query.technology().name());
        filter(f, bool, EntryBinder.PARTNER_CODE, query.partner());
        if (query.recommendedOnly()) {
            bool.filter(f.match().field(EntryBinder.RECOMMENDED).matching(true));
        }
        if (query.sort() == CatalogSort.TRENDING) {
            // trending: only what grows
            bool.filter(f.range().field(EntryBinder.TREND).greaterThan(0.0));
        }
        return bool;
    }

    private static BooleanPredicateClausesStep<?, ?> words(SearchPredicateFactory f, String q, List<String> languages) {
        BooleanPredicateClausesStep<?, ?> words = f.bool();
        words.should(f.match().field(EntryBinder.CODE).matching(q.toLowerCase(Locale.ROOT)).boost(CODE_WEIGHT));
        WEIGHTS.forEach((field, weight) -> {
            String[] fields = languages.stream().map(field::in).toArray(String[]::new);
            words.should(f.match().fields(fields).matching(q).boost(weight));
        });
        words.should(f.match().field(EntryBinder.PARTNER).matching(q).boost(PARTNER_WEIGHT));
        words.should(f.match().field(EntryBinder.TAXONOMY).matching(q).boost(TAXONOMY_WEIGHT));
        words.should(f.match().field(EntryBinder.PREFIX).matching(q).boost(PREFIX_WEIGHT));
        return words;
    }

    /** Each word of 4 letters or more, with a typo, in the unstemmed words of titles, keywords, short descriptions. */
    private static BooleanPredicateClausesStep<?, ?> typos(SearchPredicateFactory f, String q) {
        BooleanPredicateClausesStep<?, ?> typos = f.bool();
        for (String word : WORD_BREAK.split(q)) {
            if (word.length() >= FUZZY_MIN_LENGTH) {
                int edits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
                // the first letter as typed: a typo there is rare, and it keeps the term walk short
                typos.should(f.match().field(EntryBinder.WORDS).matching(word).fuzzy(edits, 1));
            }
        }
        return typos;
    }

    /**
     * The languages a card can be found in: the visitor's and the mandatory one of the region searched (of
     * the global region when none is), which every card of that region has (C-11); Cyrillic words are
     * only in Russian texts.
     */
    private List<String> languages(CatalogQuery query) {
        if (query.q().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return List.of("ru");
        }
        Set<String> languages = new LinkedHashSet<>();
        String visitor = CatalogLanguages.current();
        if (CatalogLanguages.ANALYZED.contains(visitor)) {
            languages.add(visitor);
        }
        taxonomy.region(query.region() == null ? DEFAULT_REGION : query.region())
                .map(region -> CatalogLanguages.analyzed(region.mandatoryLanguage())).ifPresent(languages::add);
        if (languages.isEmpty()) {
            languages.add("en");
        }
        return List.copyOf(languages);
    }

    private static int longestWord(String q) {
        int longest = 0;
        for (String word : WORD_BREAK.split(q)) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field,
            String value) {
        if (value != null) {
            bool.filter(f.match().field(field).matching(value));
        }
    }

    private static SortFinalStep sort(SearchSortFactory f, CatalogQuery query) {
        return switch (query.sort()) {
            case NEWEST -> f.field(EntryBinder.FIRST_PUBLISHED).desc();
            case INSTALLS -> f.field(EntryBinder.INSTALLS).desc().then().field(EntryBinder.FIRST_PUBLISHED).desc();
            case RATING -> f.field(EntryBinder.RATING).desc().then().field(EntryBinder.INSTALLS).desc().then()
                    .field(EntryBinder.FIRST_PUBLISHED).desc();
            case POPULAR -> f.field(EntryBinder.POPULARITY).desc().then().field(EntryBinder.INSTALLS).desc().then()
                    .field(EntryBinder.FIRST_PUBLISHED).desc();
            case TRENDING -> f.field(EntryBinder.TREND).desc().then().field(EntryBinder.POPULARITY).desc().then()
                    .field(EntryBinder.FIRST_PUBLISHED).desc();
            // by score alone: Lucene then skips the matches that cannot make the page (a second key would make
            // it score every match); equal scores keep the index's order
            case RELEVANCE -> query.hasWords() ? f.score() : f.field(EntryBinder.FIRST_PUBLISHED).desc();
        };
    }
}
