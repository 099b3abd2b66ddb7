package org.souk.solution;

import java.time.Instant;

/** A frozen, immutable state of the draft: what was submitted, and (when approved) what is published. */
public record Revision(long id, String solutionCode, int number, int versionNumber, Draft draft, String frozenBy,
        Instant frozenAt) {
}
