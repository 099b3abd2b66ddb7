package org.souk.solution.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of the draft (JSON of {@link org.souk.solution.Draft}). */
@Entity
@Table(name = "solution_draft_change")
public class DraftChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long solutionId;
    private String snapshot;
    private String changedBy;
    private Instant changedAt;
    /** What the change was: a key of {@code solution.changes.what.*}; null in changes saved before it was kept. */
    private String what;

    protected DraftChangeEntity() {
    }

    public DraftChangeEntity(long solutionId, String snapshot, String changedBy, String what) {
        this.what = what;
        this.solutionId = solutionId;
        this.snapshot = snapshot;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSolutionId() {
        return solutionId;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getWhat() {
        return what;
    }
}
