package org.souk.programs.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.souk.programs.EndReason;
import org.souk.programs.GrantKind;
import org.souk.programs.GrantStatus;
import org.souk.programs.Purpose;

/** A sandbox or an NFR license on an account: the request, the review, the term and its end. */
@Entity
@Table(name = "program_grant")
public class GrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private GrantKind kind;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private long partnerId;
    private String partnerCode;
    private long accountId;
    private String accountDomain;
    private String solutionCode;
    private String note;
    private int termMonths;
    @Enumerated(EnumType.STRING)
    private GrantStatus status;
    private String requestedBy;
    private Instant requestedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String refusalReason;
    private Instant startsAt;
    private Instant endsAt;
    private int extensions;
    private Integer remindedDays;
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    private EndReason endReason;
    private String endNote;
    @Version
    private int version;

    protected GrantEntity() {
    }

    public GrantEntity(Purpose purpose, long partnerId, String partnerCode, long accountId, String accountDomain,
            String solutionCode, String note, String requestedBy, Instant requestedAt) {
        this.kind = purpose.kind();
        this.purpose = purpose;
        this.partnerId = partnerId;
        this.partnerCode = partnerCode;
        this.accountId = accountId;
        this.accountDomain = accountDomain;
        this.solutionCode = solutionCode;
        this.note = note;
        this.termMonths = purpose.months();
        this.status = GrantStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void grant(String manager, Instant now) {
        reviewedBy = manager;
        reviewedAt = now;
        status = GrantStatus.ACTIVE;
        startsAt = now;
        endsAt = plusMonths(now, termMonths);
    }

    public void refuse(String manager, String reason, Instant now) {
        reviewedBy = manager;
        reviewedAt = now;
        refusalReason = reason;
        status = GrantStatus.REFUSED;
    }

    /**
     * Another term after the current one; an NFR license that already expired starts again today. Reminders
     * of the new end go out afresh.
     */
    public void extend(Instant now) {
        if (status == GrantStatus.ENDED) {
            status = GrantStatus.ACTIVE;
            startsAt = now;
            endsAt = plusMonths(now, termMonths);
            endedAt = null;
            endReason = null;
            endNote = null;
        } else {
            endsAt = plusMonths(endsAt, termMonths);
        }
        extensions++;
        remindedDays = null;
    }

    public void end(EndReason reason, String note, Instant now) {
        status = GrantStatus.ENDED;
        endedAt = now;
        endReason = reason;
        endNote = note;
    }

    public void reminded(int days) {
        remindedDays = days;
    }

    private static Instant plusMonths(Instant from, int months) {
        return from.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    public Long getId() {
        return id;
    }

    public GrantKind getKind() {
        return kind;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAccountDomain() {
        return accountDomain;
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public String getNote() {
        return note;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public GrantStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getExtensions() {
        return extensions;
    }

    public Integer getRemindedDays() {
        return remindedDays;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getEndNote() {
        return endNote;
    }
}
