package org.souk.catalog.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.solution.Revisions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the catalog whole at start. The events keep it in step while the market runs; this covers what they
 * cannot: solutions listed before the catalog existed (its table is empty while the solution module lists
 * some: each is read again), and an index that lost its documents or never had them (a new index folder,
 * an in-memory index, rows written by SQL): then the mass indexer rebuilds it from the table. An operator
 * rebuilds it on demand (CatalogIndexApi) or at start with {@code SOUK_CATALOG_REINDEX_AT_START=true}.
 */
@Component
class CatalogIndex {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CatalogSearch search;
    private final CatalogEntryRepository entries;
    private final Revisions revisions;
    private final Publication publication;
    private final boolean reindexAtStart;
    private final CatalogGeneration generation;

    CatalogIndex(EntityManagerFactory entityManagerFactory, CatalogSearch search, CatalogEntryRepository entries,
            Revisions revisions, Publication publication,
            @Value("${souk.catalog.reindex-at-start:false}") boolean reindexAtStart, CatalogGeneration generation) {
        this.generation = generation;
        this.entityManagerFactory = entityManagerFactory;
        this.search = search;
        this.entries = entries;
        this.revisions = revisions;
        this.publication = publication;
        this.reindexAtStart = reindexAtStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void atStart() {
        if (entries.count() == 0) {
            revisions.listedCodes().forEach(publication::refresh);
        }
        long rows = entries.count();
        if (reindexAtStart || search.count() != rows) {
            rebuild();
        }
    }

    record Rebuilt(long solutions, Duration took) {
    }

    /** Indexes every row of the catalog table again. */
    Rebuilt rebuild() {
        Instant start = Instant.now();
        try {
            Search.mapping(entityManagerFactory).scope(CatalogEntry.class).massIndexer()
                    .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("catalog index rebuild interrupted", e);
        }
        generation.bumpIndexed();
        Rebuilt rebuilt = new Rebuilt(entries.count(), Duration.between(start, Instant.now()));
        log.info("Catalog index rebuilt from {} solutions in {} ms", rebuilt.solutions(), rebuilt.took().toMillis());
        return rebuilt;
    }
}
