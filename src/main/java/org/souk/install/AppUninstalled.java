package org.souk.install;

import java.time.Instant;

/** A solution was removed from a customer account, with or without its data ({@code clean}, O-02). */
public record AppUninstalled(String solutionCode, String memberId, String domain, boolean clean,
        boolean testAccount, Instant at) {
}
