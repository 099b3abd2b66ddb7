package org.souk.checks.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored report; {@code revisionId} is set for the report of a submission (what the moderator sees). */
@Entity
@Table(name = "check_report")
public class CheckReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String solutionCode;
    private Long revisionId;
    private Instant checkedAt;
    private String checkedBy;
    private int blockers;
    private int warnings;
    private String findings;

    protected CheckReportEntity() {
    }

    public CheckReportEntity(String solutionCode, Long revisionId, Instant checkedAt, String checkedBy, int blockers,
            int warnings, String findings) {
        this.solutionCode = solutionCode;
        this.revisionId = revisionId;
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
        this.blockers = blockers;
        this.warnings = warnings;
        this.findings = findings;
    }

    public Long getId() {
        return id;
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getFindings() {
        return findings;
    }
}
