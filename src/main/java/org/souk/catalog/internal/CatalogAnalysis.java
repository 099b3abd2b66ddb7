package org.souk.catalog.internal;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the catalog index, the same names for both backends (one is chosen by
 * {@code souk.search.backend}): one per market language with its stemming and stop words ("invoices" finds
 * "invoicing", "напоминания" finds "напоминание"); {@value #PLAIN} for names and languages without one
 * (Polish: Lucene's Polish stemmer is a separate module); {@value #PREFIX} cuts words into their beginnings
 * (2 to 20 letters) so that "remi" finds "reminders" as the visitor types, searched with
 * {@value #PREFIX_QUERY}, which does not cut.
 */
public class CatalogAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    static final String PLAIN = "plain";
    static final String PREFIX = "prefix";
    static final String PREFIX_QUERY = "prefix_query";
    private static final String MIN_GRAM = "2";
    private static final String MAX_GRAM = "20";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        Map<String, Analyzer> stemmed = Map.of("en", new EnglishAnalyzer(), "ru", new RussianAnalyzer(),
                "de", new GermanAnalyzer(), "es", new SpanishAnalyzer(), "fr", new FrenchAnalyzer(),
                "it", new ItalianAnalyzer(), "pt", new PortugueseAnalyzer());
        stemmed.forEach((language, analyzer) -> context.analyzer(language).instance(analyzer));
        for (String name : new String[] { PLAIN, PREFIX_QUERY, "pl" }) {
            context.analyzer(name).custom().tokenizer(StandardTokenizerFactory.class)
                    .tokenFilter(LowerCaseFilterFactory.class).tokenFilter(ASCIIFoldingFilterFactory.class);
        }
        context.analyzer(PREFIX).custom().tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class).tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class).param("minGramSize", MIN_GRAM)
                .param("maxGramSize", MAX_GRAM).param("preserveOriginal", "true");
    }

    /** Elasticsearch's and OpenSearch's built-in language analyzers under the same names. */
    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Map.of("en", "english", "ru", "russian", "de", "german", "es", "spanish", "fr", "french", "it", "italian",
                "pt", "portuguese").forEach((language, type) -> context.analyzer(language).type(type));
        for (String name : new String[] { PLAIN, PREFIX_QUERY, "pl" }) {
            context.analyzer(name).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        }
        context.tokenFilter("souk_edge").type("edge_ngram").param("min_gram", Integer.parseInt(MIN_GRAM))
                .param("max_gram", Integer.parseInt(MAX_GRAM)).param("preserve_original", true);
        context.analyzer(PREFIX).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding",
                "souk_edge");
    }
}
