package org.souk.moderation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.souk.moderation.SubmissionKind;
import org.souk.moderation.SubmissionStatus;

/** One submission of a frozen revision: its place in the queue, its claim and its decision. */
@Entity
@Table(name = "moderation_submission")
public class SubmissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String solutionCode;
    private long partnerId;
    private String partnerCode;
    private String title;
    private String region;
    private long revisionId;
    private Long baseRevisionId;
    private int versionNumber;
    @Enumerated(EnumType.STRING)
    private SubmissionKind kind;
    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;
    private boolean firstOfPartner;
    private int warnings;
    private String submittedBy;
    private Instant submittedAt;
    private Instant dueAt;
    private String claimedBy;
    private Instant claimedAt;
    private Instant claimExpiresAt;
    private Instant cancelRequestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String comment;
    private String fieldComments;
    private String checklist;
    @Version
    private int version;

    protected SubmissionEntity() {
    }

    public SubmissionEntity(String solutionCode, long partnerId, String partnerCode, String title, String region,
            long revisionId, Long baseRevisionId, int versionNumber, SubmissionKind kind, boolean firstOfPartner,
            int warnings, String submittedBy, Instant submittedAt, Instant dueAt) {
        this.solutionCode = solutionCode;
        this.partnerId = partnerId;
        this.partnerCode = partnerCode;
        this.title = title;
        this.region = region;
        this.revisionId = revisionId;
        this.baseRevisionId = baseRevisionId;
        this.versionNumber = versionNumber;
        this.kind = kind;
        this.status = SubmissionStatus.QUEUED;
        this.firstOfPartner = firstOfPartner;
        this.warnings = warnings;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
    }

    /** Held by a moderator whose claim has not run out. */
    public boolean claimed(Instant now) {
        return status == SubmissionStatus.IN_REVIEW && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    public boolean heldBy(String moderator) {
        return status == SubmissionStatus.IN_REVIEW && moderator.equals(claimedBy);
    }

    public void release() {
        status = SubmissionStatus.QUEUED;
        claimedBy = null;
        claimedAt = null;
        claimExpiresAt = null;
    }

    public void requestCancellation(Instant at) {
        cancelRequestedAt = at;
    }

    public void decide(SubmissionStatus outcome, String moderator, String comment, String fieldComments,
            String checklist) {
        this.status = outcome;
        this.decidedBy = moderator;
        this.decidedAt = Instant.now();
        this.comment = comment;
        this.fieldComments = fieldComments;
        this.checklist = checklist;
        this.claimExpiresAt = null;
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

    public String getTitle() {
        return title;
    }

    public String getRegion() {
        return region;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public Long getBaseRevisionId() {
        return baseRevisionId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public boolean isFirstOfPartner() {
        return firstOfPartner;
    }

    public int getWarnings() {
        return warnings;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getClaimExpiresAt() {
        return claimExpiresAt;
    }

    public Instant getCancelRequestedAt() {
        return cancelRequestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }

    public String getFieldComments() {
        return fieldComments;
    }

    public String getChecklist() {
        return checklist;
    }
}
