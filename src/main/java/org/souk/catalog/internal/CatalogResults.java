package org.souk.catalog.internal;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the total (at least that many when not exact), and the counts per category group, category and tag of all matches.
 * Its methods are public: the templates call them.
 */
record CatalogResults(List<CatalogSummary> items, long total, boolean exact, int page, int size, Map<String, Long> groups,
        Map<String, Long> categories, Map<String, Long> tags) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean empty() {
        return items.isEmpty();
    }
}
