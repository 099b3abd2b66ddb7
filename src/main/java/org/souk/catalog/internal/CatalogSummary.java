package org.souk.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.souk.solution.PricingPolicy;
import org.souk.solution.TechnologyType;

/**
 * A search hit: what a result tile shows, kept in the index itself so that a list of results is read
 * from the index alone, without the database.
 */
record CatalogSummary(String code, String partnerCode, String partnerName, String homeLanguage,
        Map<String, String> titles, Map<String, String> shortDescriptions, String iconThumbKey, boolean recommended,
        PricingPolicy pricingPolicy, TechnologyType technologyType, List<String> categories, long installs,
        Instant firstPublishedAt, long ratingCount, double ratingAverage) {

    String language(String wanted) {
        return CatalogLanguages.pick(titles.keySet(), wanted, homeLanguage);
    }

    String title(String wanted) {
        return titles.get(language(wanted));
    }

    String shortDescription(String wanted) {
        return shortDescriptions.get(language(wanted));
    }
}
