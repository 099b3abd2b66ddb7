package org.souk.programs;

import java.time.Instant;

/** A complaint about a published solution as the moderators see it; {@code author} null when anonymous. */
public record Complaint(long id, String solutionCode, String partnerCode, String region, ComplaintReason reason,
        String body, String author, ComplaintStatus status, Instant createdAt, Instant askedAt, String handledBy,
        Instant handledAt, String resolution) {
}
