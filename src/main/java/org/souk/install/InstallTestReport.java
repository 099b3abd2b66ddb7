package org.souk.install;

import java.time.Instant;
import java.util.List;

import org.souk.checks.Severity;

/**
 * The automatic install test of a solution (001 §3): a throwaway test account, install, uninstall with
 * CLEAN, reinstall, uninstall again, each step with its request, answer and time; and the installed app driven
 * in a headless browser ({@link BrowserRun}). It passes when every step passed and the browser found no blocker.
 */
public record InstallTestReport(long id, String solutionCode, int version, boolean passed, List<Step> steps,
        String runBy, Instant startedAt, Instant finishedAt, BrowserRun browser) {

    /** {@code status}: the HTTP status the app answered, 0 for none or for a step Souk did alone. */
    public record Step(String name, String request, int status, long durationMs, boolean passed, String detail) {
    }

    /**
     * The app in Chromium at 1280 px (F-11, F-13, V-06): whether the browser ran ({@code notice} says why not,
     * in the reader's language), how long the installer took to call installFinish and the app page to load
     * (0: not measured), whether a screenshot of the app in its frame was kept, and what was found.
     */
    public record BrowserRun(boolean ran, String notice, long installerMs, long loadMs, boolean screenshot,
            List<AppFinding> findings) {

        public long blockers() {
            return findings.stream().filter(f -> f.severity() == Severity.BLOCKER).count();
        }
    }

    /**
     * One thing the browser found: its rule, its weight (from the rule's setting at /admin/checks: enforced
     * makes it a blocker, advisory a warning), which page ({@code installer} or {@code app}), the sentence in
     * the reader's language and the evidence (the error, the address, the text).
     */
    public record AppFinding(String rule, Severity severity, String page, String kind, String message,
            String evidence) {
    }
}
