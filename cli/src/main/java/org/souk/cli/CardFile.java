package org.souk.cli;

import java.util.List;
import java.util.Map;

/**
 * The whole card of one solution as a file of the project: every language's texts, the taxonomy, the URLs, the
 * pricing policy, the test data for the moderator, and the icon and screenshots as paths relative to the file.
 * Field names are the API's, so that a finding on {@code card.texts.en.title} points at {@code texts: en: title}.
 */
record CardFile(String solution, List<String> categories, List<String> tags, String pricingPolicy,
        String licenseUrl, String privacyUrl, String contactUrl, String demoUrl, String testData, String icon,
        List<Screenshot> screenshots, Map<String, Text> texts) {

    record Screenshot(String file, String caption) {
    }

    record Text(String title, String shortDescription, String fullDescription, String keywords, String installation,
            String support) {
    }
}
