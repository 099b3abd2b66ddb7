package org.souk.catalog.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.souk.review.RatingSummary;
import org.souk.solution.CardText;

/**
 * The index document of a listed solution. Texts go to one field per card language with that language's
 * analyzer ({@code title_en}, {@code title_ru}, …: stemming per language), titles and keywords also to an
 * edge-n-gram field for matching as the visitor types, and titles, keywords and short descriptions of every language
 * to one field of words as written (no stemming) for matching with a typo; the codes of the filters are keywords; the summary a
 * result tile shows is stored, not searched.
 */
public class EntryBinder implements TypeBinder {

    static final String CODE = "code";
    static final String SUMMARY = "summary";
    static final String PREFIX = "prefix";
    static final String WORDS = "words";
    static final String PARTNER = "partner";
    static final String PARTNER_CODE = "partner_code";
    static final String TAXONOMY = "taxonomy";
    static final String REGION = "region";
    static final String CATEGORY = "category";
    static final String GROUP = "group";
    static final String TAG = "tag";
    static final String PRICING = "pricing";
    static final String TECHNOLOGY = "technology";
    static final String RECOMMENDED = "recommended";
    static final String FIRST_PUBLISHED = "first_published";
    static final String INSTALLS = "installs";
    /** The smoothed rating (RatingSummary.score) that ranks "top rated" and the sort by rating. */
    static final String RATING = "rating";
    /** "Popular" and "Trending" (issue 15): from the analytics module's roll-up (catalog.internal.Popularity). */
    static final String POPULARITY = "popularity";
    static final String TREND = "trend";

    /** The texts of a card, each indexed once per language. */
    enum TextField {
        TITLE("title"), KEYWORDS("keywords"), SHORT("short"), FULL("full");

        private final String prefix;

        TextField(String prefix) {
            this.prefix = prefix;
        }

        String in(String language) {
            return prefix + "_" + language;
        }

        String of(CardText text) {
            return switch (this) {
                case TITLE -> text.title();
                case KEYWORDS -> text.keywords();
                case SHORT -> text.shortDescription();
                case FULL -> text.fullDescription() == null ? null : plain(text.fullDescription());
            };
        }
    }

    private static final Pattern TAG_PATTERN = Pattern.compile("<[^>]*>");

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("snapshot").use("installs").use("ratingCount").use("ratingSum").use("popularity").use("trend");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<String, IndexFieldReference<String>> texts = new HashMap<>();
        for (TextField field : TextField.values()) {
            for (String language : CatalogLanguages.ANALYZED) {
                texts.put(field.in(language), schema.field(field.in(language),
                        types.asString().analyzer(language)).toReference());
            }
            texts.put(field.in(CatalogLanguages.OTHER), schema.field(field.in(CatalogLanguages.OTHER),
                    types.asString().analyzer(CatalogAnalysis.PLAIN)).multiValued().toReference());
        }
        Fields fields = new Fields(texts,
                schema.field(CODE, types.asString().projectable(Projectable.NO)).toReference(),
                schema.field(SUMMARY, types.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                        .toReference(),
                schema.field(PREFIX, types.asString().analyzer(CatalogAnalysis.PREFIX)
                        .searchAnalyzer(CatalogAnalysis.PREFIX_QUERY)).multiValued().toReference(),
                schema.field(WORDS, types.asString().analyzer(CatalogAnalysis.PLAIN)).multiValued().toReference(),
                schema.field(PARTNER, types.asString().analyzer(CatalogAnalysis.PLAIN)).toReference(),
                schema.field(PARTNER_CODE, types.asString()).toReference(),
                schema.field(TAXONOMY, types.asString().analyzer(CatalogAnalysis.PLAIN)).multiValued().toReference(),
                keywords(schema, types, REGION), keywords(schema, types, CATEGORY), keywords(schema, types, GROUP),
                keywords(schema, types, TAG),
                schema.field(PRICING, types.asString()).toReference(),
                schema.field(TECHNOLOGY, types.asString()).toReference(),
                schema.field(RECOMMENDED, types.asBoolean()).toReference(),
                schema.field(FIRST_PUBLISHED, types.asInstant().sortable(Sortable.YES)).toReference(),
                schema.field(INSTALLS, types.asLong().sortable(Sortable.YES)).toReference(),
                schema.field(RATING, types.asDouble().sortable(Sortable.YES)).toReference(),
                schema.field(POPULARITY, types.asLong().sortable(Sortable.YES)).toReference(),
                schema.field(TREND, types.asDouble().sortable(Sortable.YES)).toReference());
        context.bridge(CatalogEntry.class, new Bridge(fields));
    }

    private static IndexFieldReference<String> keywords(IndexSchemaElement schema, IndexFieldTypeFactory types,
            String name) {
        return schema.field(name, types.asString().aggregable(Aggregable.YES)).multiValued().toReference();
    }

    /** The text of sanitized rich text, for the index. */
    static String plain(String html) {
        return TAG_PATTERN.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private record Fields(Map<String, IndexFieldReference<String>> texts, IndexFieldReference<String> code,
            IndexFieldReference<String> summary, IndexFieldReference<String> prefix, IndexFieldReference<String> words,
            IndexFieldReference<String> partner, IndexFieldReference<String> partnerCode,
            IndexFieldReference<String> taxonomy, IndexFieldReference<String> region,
            IndexFieldReference<String> category, IndexFieldReference<String> group, IndexFieldReference<String> tag,
            IndexFieldReference<String> pricing, IndexFieldReference<String> technology,
            IndexFieldReference<Boolean> recommended, IndexFieldReference<Instant> firstPublished,
            IndexFieldReference<Long> installs, IndexFieldReference<Double> rating,
            IndexFieldReference<Long> popularity, IndexFieldReference<Double> trend) {
    }

    private record Bridge(Fields fields) implements TypeBridge<CatalogEntry> {

        @Override
        public void write(DocumentElement document, CatalogEntry entry, TypeBridgeWriteContext context) {
            CatalogSnapshot snapshot = entry.snapshot();
            document.addValue(fields.code(), snapshot.code());
            document.addValue(fields.summary(), SnapshotJson.write(snapshot.summary(entry.getInstalls(),
                    entry.getRatingCount(), entry.getRatingSum())));
            snapshot.texts().forEach((language, text) -> {
                String analyzed = CatalogLanguages.analyzed(language);
                for (TextField field : TextField.values()) {
                    String value = field.of(text);
                    if (value != null && !value.isBlank()) {
                        document.addValue(fields.texts().get(field.in(analyzed)), value);
                    }
                }
                addAll(document, fields.prefix(), text.title(), text.keywords());
                addAll(document, fields.words(), text.title(), text.keywords(), text.shortDescription());
            });
            document.addValue(fields.partner(), snapshot.partnerName());
            document.addValue(fields.partnerCode(), snapshot.partnerCode());
            snapshot.taxonomyNames().forEach(name -> document.addValue(fields.taxonomy(), name));
            snapshot.regions().forEach(region -> document.addValue(fields.region(), region));
            snapshot.categories().forEach(category -> document.addValue(fields.category(), category));
            snapshot.categoryGroups().forEach(group -> document.addValue(fields.group(), group));
            snapshot.tags().forEach(tag -> document.addValue(fields.tag(), tag));
            if (snapshot.pricingPolicy() != null) {
                document.addValue(fields.pricing(), snapshot.pricingPolicy().name());
            }
            document.addValue(fields.technology(), snapshot.technologyType().name());
            document.addValue(fields.recommended(), snapshot.recommended());
            document.addValue(fields.firstPublished(), snapshot.firstPublishedAt());
            document.addValue(fields.installs(), entry.getInstalls());
            document.addValue(fields.rating(), RatingSummary.score(entry.getRatingCount(), entry.getRatingSum()));
            document.addValue(fields.popularity(), entry.getPopularity());
            document.addValue(fields.trend(), entry.getTrend());
        }

        private static void addAll(DocumentElement document, IndexFieldReference<String> field, String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    document.addValue(field, value);
                }
            }
        }
    }
}
