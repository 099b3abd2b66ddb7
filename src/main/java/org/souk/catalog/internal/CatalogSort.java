package org.souk.catalog.internal;

import java.util.Locale;
import java.util.Optional;

/** The orders of a result list: best match (then newest), newest first, most installed first. */
enum CatalogSort {
    RELEVANCE, NEWEST, INSTALLS;

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
