package org.souk.catalog.internal;

import org.souk.solution.PricingPolicy;

/** A solution in a list of results, in the language it is shown in ({@code language}, for the lang attribute). */
record Tile(String code, String url, String language, String title, String shortDescription, String partnerName,
        String partnerUrl, String iconUrl, boolean recommended, PricingPolicy pricing, long installs, long ratingCount,
        double ratingAverage) {

    static Tile of(CatalogSummary summary, String wanted) {
        return new Tile(summary.code(), CatalogLinks.app(summary.code()), summary.language(wanted),
                summary.title(wanted), summary.shortDescription(wanted), summary.partnerName(),
                CatalogLinks.partner(summary.partnerCode()), CatalogLinks.icon(summary.code(), summary.iconThumbKey(), summary.title(wanted)),
                summary.recommended(), summary.pricingPolicy(), summary.installs(), summary.ratingCount(),
                summary.ratingAverage());
    }
}
