package org.souk.moderation;

import java.util.List;

/**
 * A result the partner is told of (M-09, P-02): a decision on a submission (in one region: APPROVED_IN_REGION
 * while other regions still decide), a cancellation, a removal
 * from the catalog or a reinstatement. {@code comment} is the moderator's words, absent for a refusal
 * without explanation (M-06); {@code remarks} the moderator's remarks on fields (a return's, mostly; none for
 * the other results); {@code link} is the page where the partner sees it.
 */
public record ModerationOutcome(Outcome outcome, String solutionCode, String title, String region, String comment,
        List<FieldComment> remarks, List<Recipient> recipients, String link) {

    public enum Outcome {
        APPROVED, APPROVED_IN_REGION, RETURNED, REFUSED, CANCELLED, REMOVED, REINSTATED
    }
}
