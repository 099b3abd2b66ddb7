package org.souk.install;

import java.time.Instant;

/**
 * An installation moved to a newer version of its solution (ONAPPUPDATE), published in the transaction that
 * changed its version; the same facts are stored with it in {@code installation_update}, which is what the
 * analytics roll-up and its backfill count updates from (never the audit log's wording).
 */
public record AppUpdated(long installationId, String solutionCode, String memberId, String domain, int fromVersion,
        int toVersion, boolean testAccount, Instant at) {
}
