package org.souk.solution.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A frozen draft; never updated once written. */
@Entity
@Table(name = "solution_revision")
public class RevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long solutionId;
    private int number;
    private int versionNumber;
    private String snapshot;
    private String frozenBy;
    private Instant frozenAt;

    protected RevisionEntity() {
    }

    public RevisionEntity(long solutionId, int number, int versionNumber, String snapshot, String frozenBy) {
        this.solutionId = solutionId;
        this.number = number;
        this.versionNumber = versionNumber;
        this.snapshot = snapshot;
        this.frozenBy = frozenBy;
        this.frozenAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSolutionId() {
        return solutionId;
    }

    public int getNumber() {
        return number;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }
}
