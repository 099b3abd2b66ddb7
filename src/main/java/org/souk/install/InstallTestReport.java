package org.souk.install;

import java.time.Instant;
import java.util.List;

/**
 * The automatic install test of a solution (001 §3): a throwaway test account, install, uninstall with
 * CLEAN, reinstall, uninstall again, each step with its request, answer and time.
 */
public record InstallTestReport(long id, String solutionCode, int version, boolean passed, List<Step> steps,
        String runBy, Instant startedAt, Instant finishedAt) {

    /** {@code status}: the HTTP status the app answered, 0 for none or for a step Souk did alone. */
    public record Step(String name, String request, int status, long durationMs, boolean passed, String detail) {
    }
}
