package org.souk.checks;

import java.time.Instant;
import java.util.List;

/** Every finding of one run of the checks over a draft or a revision. */
public record CheckReport(String solutionCode, Instant checkedAt, List<Finding> findings) {

    public long blockers() {
        return findings.stream().filter(f -> f.severity() == Severity.BLOCKER).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    public boolean hasBlockers() {
        return blockers() > 0;
    }
}
