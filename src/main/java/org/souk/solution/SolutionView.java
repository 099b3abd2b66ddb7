package org.souk.solution;

import java.time.Instant;
import java.util.List;

/** A solution as its partner sees it in lists and on its page. */
public record SolutionView(String code, String moduleCode, TechnologyType technologyType, SolutionStatus status,
        List<String> regions, String clientId, Instant secretRotatedAt, boolean availableInCatalog,
        Integer publishedVersion, int latestVersion, String title, String iconThumbKey, Instant createdAt,
        Instant updatedAt) {

    /** Deletion is for what was never published (S-06). */
    public boolean deletable() {
        return publishedVersion == null && status != SolutionStatus.ON_MODERATION;
    }
}
