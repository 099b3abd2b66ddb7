package org.souk.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.souk.analytics.Analytics;
import org.souk.analytics.FiguresRolledUp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Popular" and "Trending" (issue 15) from the analytics module's ranks, after each roll-up: only the entries whose
 * rank changed are written and indexed, and the generation is bumped only then (the cached pages' order or a
 * shelf may have changed), never for a page view. A solution listed anew takes its rank at once.
 */
@Component
class Popularity {

    private final Analytics analytics;
    private final JdbcClient jdbc;
    private final CatalogEntryRepository entries;
    private final CatalogGeneration generation;
    private final EntityManager entityManager;

    Popularity(Analytics analytics, JdbcClient jdbc, CatalogEntryRepository entries, CatalogGeneration generation,
            EntityManager entityManager) {
        this.analytics = analytics;
        this.jdbc = jdbc;
        this.entries = entries;
        this.generation = generation;
        this.entityManager = entityManager;
    }

    @ApplicationModuleListener
    void on(FiguresRolledUp event) {
        Map<String, Analytics.Rank> ranks = analytics.ranks();
        List<String> changed = new ArrayList<>();
        jdbc.sql("SELECT code, popularity, trend FROM catalog_entry").query(row -> {
            Analytics.Rank rank = ranks.getOrDefault(row.getString(1), new Analytics.Rank(0, 0));
            if (rank.popularity() != row.getLong(2) || rank.trend() != row.getDouble(3)) {
                changed.add(row.getString(1));
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        generation.bump();
        for (CatalogEntry entry : entries.findAllById(changed)) {
            Analytics.Rank rank = ranks.getOrDefault(entry.getCode(), new Analytics.Rank(0, 0));
            entry.rank(rank.popularity(), rank.trend());
            Search.session(entityManager).indexingPlan().addOrUpdate(entry);
        }
    }

    /** The entry takes the solution's current rank (a publication). */
    void apply(CatalogEntry entry) {
        Analytics.Rank rank = analytics.rank(entry.getCode());
        entry.rank(rank.popularity(), rank.trend());
    }
}
