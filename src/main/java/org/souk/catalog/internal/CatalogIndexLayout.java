package org.souk.catalog.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names of the catalog's index on an OpenSearch or Elasticsearch cluster: Hibernate Search's usual layout
 * (an index {@code catalog-000001} behind the aliases {@code catalog-write} and {@code catalog-read}) with
 * {@code souk.search.index-prefix} in front, so that several markets (or a test beside another) share one
 * cluster without sharing an index. Unused on the Lucene backend.
 */
@Component("catalogIndexLayout")
class CatalogIndexLayout implements IndexLayoutStrategy {

    private static final Pattern INITIAL = Pattern.compile("(.*)-\\d{6}");

    private final String prefix;

    CatalogIndexLayout(@Value("${souk.search.index-prefix:}") String prefix) {
        if (!prefix.matches("[a-z0-9_-]*")) {
            throw new IllegalArgumentException("souk.search.index-prefix may hold only a-z, 0-9, _ and -: " + prefix);
        }
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String name) {
        return prefix + name + "-000001";
    }

    @Override
    public String createWriteAlias(String name) {
        return prefix + name + "-write";
    }

    @Override
    public String createReadAlias(String name) {
        return prefix + name + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String name) {
        return prefix + name;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String name) {
        Matcher matcher = INITIAL.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an index of this layout: " + name);
        }
        return matcher.group(1);
    }
}
