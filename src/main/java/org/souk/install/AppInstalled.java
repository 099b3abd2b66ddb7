package org.souk.install;

import java.time.Instant;

/**
 * A solution was installed on a customer account (a test account's installs count as well, marked so).
 * The catalog counts installations from these; the event is stored with the installation.
 */
public record AppInstalled(String solutionCode, String memberId, String domain, int version, boolean testAccount,
        Instant at) {
}
