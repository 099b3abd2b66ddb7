package org.souk.catalog.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The orders of a result list: best match (then newest), newest first, most installed first, best rated first
 * (the smoothed score of RatingSummary, so that a single 5 does not beat a hundred 4.8s), popular (active
 * installations summed over the last 30 days) and trending (their growth over 7 days, analytics.Analytics#trend).
 */
enum CatalogSort {
    RELEVANCE, NEWEST, INSTALLS, RATING, POPULAR, TRENDING;

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
