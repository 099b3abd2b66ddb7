package org.souk.review;

import java.time.Instant;
import java.util.Map;

/**
 * A review as the moderators' tab shows it: the review, its author's e-mail, the offensive words the market's
 * list found in it (empty when none), the open reports by reason, and the last moderator's step.
 */
public record ModerationItem(Review review, String authorEmail, String flaggedWords, Map<ReportReason, Long> reports,
        boolean needsModeration, String moderationReason, String moderatedBy, Instant moderatedAt) {
}
