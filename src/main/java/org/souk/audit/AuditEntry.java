package org.souk.audit;

import java.time.Instant;

public record AuditEntry(Instant occurredAt, String actor, String address, String action, String subjectType,
        String subjectId, String detail) {
}
