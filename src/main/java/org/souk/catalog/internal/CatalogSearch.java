package org.souk.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * title, keywords, short description, partner name, category and tag names, full description (in every
 * card language, each with its own stemming; Cyrillic words only in the Russian texts); the beginnings of
 * words in titles and keywords, for a search as the visitor types. One typo is forgiven when the words as
 * typed find nothing: a second query with fuzzy matching, which costs several times more, runs only then.
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
    private static final float FUZZY_WEIGHT = 0.5f;
    private static final float PREFIX_WEIGHT = 1.5f;
    /** Words shorter than this are not matched with a typo: "crm" would find "cry", "arm", … */
    private static final int FUZZY_MIN_LENGTH = 4;

    private final EntityManagerFactory entityManagers;

    CatalogSearch(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
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
            CatalogResults results = search(entityManager, query, withFacets, exactUpTo, false);
            if (results.total() == 0 && query.hasWords() && longestWord(query.q()) >= FUZZY_MIN_LENGTH) {
                results = search(entityManager, query, withFacets, exactUpTo, true);
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

    private CatalogResults search(EntityManager entityManager, CatalogQuery query, boolean withFacets,
            long exactUpTo, boolean fuzzy) {
        var options = Search.session(entityManager).search(CatalogEntry.class)
                .select(f -> f.field(EntryBinder.SUMMARY, String.class))
                .where(f -> predicate(f, query, fuzzy))
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
            SearchPredicateFactory f, CatalogQuery query, boolean fuzzy) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.hasWords()) {
            bool.must(words(f, query.q().trim(), fuzzy));
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
        return bool;
    }

    private static BooleanPredicateClausesStep<?, ?> words(SearchPredicateFactory f, String q, boolean fuzzy) {
        List<String> languages = languagesOf(q);
        BooleanPredicateClausesStep<?, ?> words = f.bool();
        words.should(f.match().field(EntryBinder.CODE).matching(q.toLowerCase(Locale.ROOT)).boost(CODE_WEIGHT));
        WEIGHTS.forEach((field, weight) -> {
            String[] fields = languages.stream().map(field::in).toArray(String[]::new);
            words.should(f.match().fields(fields).matching(q).boost(weight));
            if (fuzzy && field != EntryBinder.TextField.FULL) {
                words.should(f.match().fields(fields).matching(q).fuzzy(1, 1).boost(weight * FUZZY_WEIGHT));
            }
        });
        words.should(f.match().field(EntryBinder.PARTNER).matching(q).boost(PARTNER_WEIGHT));
        words.should(f.match().field(EntryBinder.TAXONOMY).matching(q).boost(TAXONOMY_WEIGHT));
        words.should(f.match().field(EntryBinder.PREFIX).matching(q).boost(PREFIX_WEIGHT));
        return words;
    }

    /** Cyrillic words are only in Russian texts (or in a language without its own analyzer). */
    private static List<String> languagesOf(String q) {
        boolean cyrillic = q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        List<String> languages = new java.util.ArrayList<>(cyrillic ? List.of("ru") : CatalogLanguages.ANALYZED);
        languages.add(CatalogLanguages.OTHER);
        return languages;
    }

    private static int longestWord(String q) {
        int longest = 0;
        for (String word : q.split("\\s+")) {
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
            case RELEVANCE -> query.hasWords() ? f.score().then().field(EntryBinder.FIRST_PUBLISHED).desc()
                    : f.field(EntryBinder.FIRST_PUBLISHED).desc();
        };
    }
}
