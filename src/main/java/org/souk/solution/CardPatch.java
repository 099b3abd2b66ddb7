package org.souk.solution;

import java.util.List;
import java.util.Map;

/**
 * A partial change of the draft card: a field left null stays as it is; an empty string clears it. In
 * {@code texts}, a language mapped to null is removed, and within a language null fields stay.
 */
public record CardPatch(List<String> categories, List<String> tags, Map<String, CardText> texts, String licenseUrl,
        String privacyUrl, String contactUrl, String demoUrl, PricingPolicy pricingPolicy, String testData) {
}
