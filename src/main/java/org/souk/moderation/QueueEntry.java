package org.souk.moderation;

import java.time.Duration;
import java.time.Instant;

/**
 * A line of a region's queue (M-03): how long it waits, when it is due, what it is, who holds it, and the
 * flags a moderator sorts by: warnings left by the checks, a partner's first submission, a cancellation
 * asked for.
 */
public record QueueEntry(long id, String solutionCode, String title, String partnerCode, String region,
        SubmissionKind kind, SubmissionStatus status, Instant submittedAt, Duration waiting, Instant dueAt,
        boolean overdue, String claimedBy, Instant claimExpiresAt, int warnings, boolean firstOfPartner,
        boolean cancelRequested) {
}
