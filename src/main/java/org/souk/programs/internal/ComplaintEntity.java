package org.souk.programs.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.souk.programs.ComplaintReason;
import org.souk.programs.ComplaintStatus;

/** A complaint about a published solution, in the queue of the moderators of the solution's home region. */
@Entity
@Table(name = "program_complaint")
public class ComplaintEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String solutionCode;
    private long partnerId;
    private String partnerCode;
    private String region;
    @Enumerated(EnumType.STRING)
    private ComplaintReason reason;
    private String body;
    private Long authorUserId;
    private String authorEmail;
    private String clientAddress;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private Instant createdAt;
    private Instant askedAt;
    private String handledBy;
    private Instant handledAt;
    private String resolution;
    @Version
    private int version;

    protected ComplaintEntity() {
    }

    public ComplaintEntity(String solutionCode, long partnerId, String partnerCode, String region,
            ComplaintReason reason, String body, Long authorUserId, String authorEmail, String clientAddress,
            Instant createdAt) {
        this.solutionCode = solutionCode;
        this.partnerId = partnerId;
        this.partnerCode = partnerCode;
        this.region = region;
        this.reason = reason;
        this.body = body;
        this.authorUserId = authorUserId;
        this.authorEmail = authorEmail;
        this.clientAddress = clientAddress;
        this.status = ComplaintStatus.OPEN;
        this.createdAt = createdAt;
    }

    public void asked(Instant now) {
        askedAt = now;
    }

    public void close(ComplaintStatus outcome, String moderator, String note, Instant now) {
        status = outcome;
        handledBy = moderator;
        handledAt = now;
        resolution = note;
    }

    public Long getId() {
        return id;
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public String getRegion() {
        return region;
    }

    public ComplaintReason getReason() {
        return reason;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getResolution() {
        return resolution;
    }
}
