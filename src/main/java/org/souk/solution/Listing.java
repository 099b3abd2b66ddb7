package org.souk.solution;

import java.time.Instant;
import java.util.List;

/**
 * A solution as the catalog may show it: the published revision (U-05) and when it was first and last
 * published, with the labels its moderation earned ({@code recommended}, U-04). The revision's card
 * still holds the test data: whoever shows it leaves {@code card.testData} out (C-24).
 */
public record Listing(String code, long partnerId, TechnologyType technologyType, Revision revision,
        Instant firstPublishedAt, Instant publishedAt, List<String> labels) {

    public static final String RECOMMENDED = "recommended";

    public boolean recommended() {
        return labels.contains(RECOMMENDED);
    }
}
