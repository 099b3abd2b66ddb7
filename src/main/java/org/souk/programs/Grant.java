package org.souk.programs;

import java.time.Instant;

/**
 * A sandbox or an NFR license on an account, from the request to its end. {@code dueAt}: when the managers'
 * review of a waiting request is due (1-2 working days, G-01).
 */
public record Grant(long id, GrantKind kind, Purpose purpose, String partnerCode, String account, String solution,
        String note, int termMonths, GrantStatus status, String requestedBy, Instant requestedAt, Instant dueAt,
        String reviewedBy, Instant reviewedAt, String refusalReason, Instant startsAt, Instant endsAt, int extensions,
        Instant endedAt, EndReason endReason, String endNote) {
}
