package org.souk.catalog.internal;

import org.souk.solution.PricingPolicy;
import org.souk.solution.TechnologyType;

/**
 * A search or a browse of the catalog: the words (none: everything), the filters (null: any), the order and
 * the page. {@code group} is a first-level category, {@code category} a category of the second level (or a
 * group that is a category by itself).
 */
record CatalogQuery(String q, String region, String group, String category, String tag, PricingPolicy pricing,
        TechnologyType technology, boolean recommendedOnly, String partner, CatalogSort sort, int page, int size) {

    static final int DEFAULT_SIZE = 24;
    static final int MAX_SIZE = 100;

    static CatalogQuery everything(CatalogSort sort, int size) {
        return new CatalogQuery(null, null, null, null, null, null, null, false, null, sort, 0, size);
    }

    CatalogQuery recommended() {
        return new CatalogQuery(q, region, group, category, tag, pricing, technology, true, partner, sort, page, size);
    }

    CatalogQuery withSize(int newSize) {
        return new CatalogQuery(q, region, group, category, tag, pricing, technology, recommendedOnly, partner, sort,
                0, newSize);
    }

    boolean hasWords() {
        return q != null && !q.isBlank();
    }

    boolean filtered() {
        return region != null || group != null || category != null || tag != null || pricing != null
                || technology != null || recommendedOnly || partner != null;
    }
}
