package org.souk.solution;

import java.util.List;
import java.util.Map;

/**
 * The solution card (C-01 … C-24). {@code testData} is for the moderator only (C-24): the catalog and
 * every public API leave it out.
 */
public record Card(List<String> categories, List<String> tags, Map<String, CardText> texts, String iconKey,
        String iconThumbKey, List<Screenshot> screenshots, String licenseUrl, String privacyUrl, String contactUrl,
        String demoUrl, PricingPolicy pricingPolicy, String testData) {

    /** The title in {@code language}, else in English, else the first one filled in; null when none is. */
    public String title(String language) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(texts.get(language), texts.get("en")),
                texts.values().stream()).filter(t -> t != null && t.title() != null && !t.title().isBlank())
                .map(CardText::title).findFirst().orElse(null);
    }
}
