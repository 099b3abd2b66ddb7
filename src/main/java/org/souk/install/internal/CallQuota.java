package org.souk.install.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The REST limit of each installation (F-09, {@code QUERY_LIMIT_EXCEEDED}): a token bucket of
 * {@code rest-burst} calls refilled at {@code rest-rate} a second, the platform's own shape. The bucket is a pair
 * of columns of the installation, taken by one conditional UPDATE, so the limit holds across nodes (the row
 * lock orders parallel calls); the same statement counts the call. The refill uses the nodes' clocks (kept by
 * NTP); one that lags never takes tokens back.
 */
@Component
class CallQuota {

    /** The bucket refilled to now, in tokens: from the last refill, at most the burst. */
    private static final String REFILLED = "LEAST(CAST(? AS DOUBLE PRECISION), rest_tokens"
            + " + GREATEST(0, CAST(? AS BIGINT) - rest_refilled_at) * CAST(? AS DOUBLE PRECISION) / 1000.0)";

    private final InstallSettings settings;
    private final JdbcTemplate jdbc;

    CallQuota(InstallSettings settings, JdbcTemplate jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Whether the installation may make one more call now; counts it either way. */
    boolean take(long installationId) {
        long now = System.currentTimeMillis();
        double burst = settings.restBurst();
        double rate = settings.restRate();
        int taken = jdbc.update("UPDATE installation SET rest_tokens = " + REFILLED + " - 1,"
                + " rest_refilled_at = GREATEST(rest_refilled_at, CAST(? AS BIGINT)), rest_calls = rest_calls + 1"
                + " WHERE id = ? AND " + REFILLED + " >= 1",
                burst, now, rate, now, installationId, burst, now, rate);
        if (taken == 1) {
            return true;
        }
        jdbc.update("UPDATE installation SET rest_calls = rest_calls + 1, rest_refused = rest_refused + 1 WHERE id = ?",
                installationId);
        return false;
    }
}
