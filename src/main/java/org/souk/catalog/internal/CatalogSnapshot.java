package org.souk.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.souk.review.RatingSummary;
import org.souk.solution.CardText;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Screenshot;
import org.souk.solution.TechnologyType;

/**
 * What customers see of one listed solution: the published revision's card and version (U-05) with its
 * partner and labels, as the catalog stored it when the publication arrived. It has no field for the card's
 * test data (C-24): nothing can copy it here. {@code homeLanguage} is the mandatory language of the solution's
 * first region, the fallback when the visitor's language has no text (C-11). {@code taxonomyNames}: every
 * name of its categories and tags in every language, for the index.
 */
record CatalogSnapshot(String code, String partnerCode, String partnerName, TechnologyType technologyType,
        List<String> regions, String homeLanguage, List<String> categories, List<String> categoryGroups,
        List<String> tags, List<String> taxonomyNames, Map<String, CardText> texts, String iconKey,
        String iconThumbKey, List<Screenshot> screenshots, String licenseUrl, String privacyUrl, String contactUrl,
        String demoUrl, PricingPolicy pricingPolicy, int versionNumber, List<String> scopes, boolean recommended,
        Instant firstPublishedAt, Instant publishedAt) {

    /** The language the texts are shown in for a visitor who reads {@code wanted}. */
    String language(String wanted) {
        return CatalogLanguages.pick(texts.keySet(), wanted, homeLanguage);
    }

    CardText text(String language) {
        return texts.get(language(language));
    }

    /** The blobs a visitor may fetch through the catalog: the icon and the screenshots, nothing else. */
    Set<String> mediaKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(iconKey);
        keys.add(iconThumbKey);
        screenshots.forEach(s -> {
            keys.add(s.key());
            keys.add(s.thumbKey());
        });
        keys.remove(null);
        return keys;
    }

    /** The part a list of results shows, in every language. */
    CatalogSummary summary(long installs, long ratingCount, long ratingSum) {
        Map<String, String> titles = new java.util.TreeMap<>();
        Map<String, String> shorts = new java.util.TreeMap<>();
        texts.forEach((language, text) -> {
            if (text.title() != null) {
                titles.put(language, text.title());
            }
            if (text.shortDescription() != null) {
                shorts.put(language, text.shortDescription());
            }
        });
        return new CatalogSummary(code, partnerCode, partnerName, homeLanguage, titles, shorts, iconThumbKey,
                recommended, pricingPolicy, technologyType, new ArrayList<>(categories), installs, firstPublishedAt,
                ratingCount, RatingSummary.average(ratingCount, ratingSum));
    }
}
