package org.souk.catalog.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The orders of a result list: best match (then newest), newest first, most installed first, best rated first
 * (the smoothed score of RatingSummary, so that a single 5 does not beat a hundred 4.8s).
 */
enum CatalogSort {
    RELEVANCE, NEWEST, INSTALLS, RATING;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CatalogSort> parse(String value) {
        for (CatalogSort sort : values()) {
            if (sort.param().equalsIgnoreCase(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
