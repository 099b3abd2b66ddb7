package org.souk.catalog.internal;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.souk.review.RatingSummary;
import org.souk.review.Reviews;
import org.souk.review.ReviewsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings a listed solution carries into the index (average and count on the tiles, the smoothed score of
 * "top rated" and the sort by rating), written like a publication: in the transaction that changed a review
 * (a plain listener), which also bumps the generation, because the solution page shows the reviews and every
 * tile its average (a solution out of the catalog has no entry and no page). The generation is bumped before
 * the ratings are read: its row serializes two reviews of one moment, so each reads the other's committed rating.
 */
@Component
class Ratings {

    private final Reviews reviews;
    private final CatalogEntryRepository entries;
    private final CatalogGeneration generation;
    private final EntityManager entityManager;

    Ratings(Reviews reviews, CatalogEntryRepository entries, CatalogGeneration generation,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.reviews = reviews;
        this.entries = entries;
        this.generation = generation;
    }

    @EventListener
    @Transactional
    void on(ReviewsChanged event) {
        entries.findById(event.solutionCode()).ifPresent(entry -> {
            generation.bump();
            apply(entry);
            // indexed at the commit even when the ratings stayed (a reply, a text): the index taking it is what
            // settles the generation the page cache waits for
            Search.session(entityManager).indexingPlan().addOrUpdate(entry);
        });
    }

    /** Copies the solution's current ratings onto its entry. */
    void apply(CatalogEntry entry) {
        RatingSummary rating = reviews.rating(entry.getCode());
        entry.ratings(rating.count(), rating.sum());
    }
}
