package org.souk.audit.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.audit.AuditEntry;

@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String address;
    private String action;
    private String subjectType;
    private String subjectId;
    private String detail;

    protected AuditEventEntity() {
    }

    public AuditEventEntity(Instant occurredAt, String actor, String address, String action, String subjectType,
            String subjectId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.address = address;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actor, address, action, subjectType, subjectId, detail);
    }
}
