package org.souk.install.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A report of the automatic install test; its steps as JSON (they are only ever read whole). */
@Entity
@Table(name = "install_test_report")
public class InstallTestReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String solutionCode;
    private int version;
    private boolean passed;
    private String steps;
    private String runBy;
    private Instant startedAt;
    private Instant finishedAt;
    private String browser;
    private String screenshotKey;
    private Long revisionId;

    protected InstallTestReportEntity() {
    }

    public InstallTestReportEntity(String solutionCode, int version, boolean passed, String steps, String runBy,
            Instant startedAt, String browser, String screenshotKey, Long revisionId) {
        this.browser = browser;
        this.screenshotKey = screenshotKey;
        this.revisionId = revisionId;
        this.solutionCode = solutionCode;
        this.version = version;
        this.passed = passed;
        this.steps = steps;
        this.runBy = runBy;
        this.startedAt = startedAt;
        this.finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public int getVersion() {
        return version;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getSteps() {
        return steps;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getBrowser() {
        return browser;
    }

    public String getScreenshotKey() {
        return screenshotKey;
    }

    /** The submitted revision a test on submission ran for; null for a test on demand. */
    public Long getRevisionId() {
        return revisionId;
    }
}
