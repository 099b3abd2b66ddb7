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
}
