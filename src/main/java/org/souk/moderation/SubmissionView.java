package org.souk.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A submission as its partner and the moderators see it. {@code position} (1 = next) and
 * {@code expectedBy} are set while it waits; {@code inReview} says a moderator holds it, never who.
 */
public record SubmissionView(long id, String solutionCode, String title, String partnerCode, String region,
        SubmissionKind kind, SubmissionStatus status, int versionNumber, long revisionId, Instant submittedAt,
        Instant dueAt, Integer position, LocalDate expectedBy, boolean inReview, Instant cancelRequestedAt,
        Instant decidedAt, String comment, List<FieldComment> fieldComments) {
}
