package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** F-10: the REST call log keeps each call at least 3 days, and drops it after the retention (one node: ShedLock). */
class RestCallLogPurgeTest extends IntegrationTest {

    @Autowired
    RestCallLogPurge purge;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RestUsageRows usage;

    @Test
    void callsOlderThanTheRetentionAreDeletedAndNoneYoungerThanThreeDays() {
        long installation = 900_000_000L + System.nanoTime() % 1_000_000;
        Instant now = Instant.now();
        for (Duration age : new Duration[] { Duration.ofDays(4), Duration.ofDays(3).plusHours(1),
            Duration.ofDays(2).plusHours(23), Duration.ofMinutes(5) }) {
            jdbc.update("INSERT INTO rest_call_log (installation_id, method, called_at, status, duration_ms) "
                    + "VALUES (?, 'app.info', ?, 200, 3)", installation, Timestamp.from(now.minus(age)));
        }
        assertThat(purge.purge()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rest_call_log WHERE installation_id = ?", Long.class,
                installation)).isEqualTo(2);
        // the day counts the analytics read go with the calls: a day older than the retention, not today's
        usage.add(LocalDate.now(ZoneOffset.UTC).minusDays(5), Map.of(installation, new long[] { 7, 0 }));
        usage.add(LocalDate.now(ZoneOffset.UTC), Map.of(installation, new long[] { 7, 0 }));
        purge.purge();
        assertThat(jdbc.queryForList("SELECT on_day FROM rest_call_day WHERE installation_id = ?", LocalDate.class,
                installation)).containsExactly(LocalDate.now(ZoneOffset.UTC));
        // a retention set below the rule's 3 days keeps 3 days all the same
        assertThat(new RestLogSettings(Duration.ofHours(1), 10, Duration.ofSeconds(1)).keptFor())
                .isEqualTo(Duration.ofDays(3));
        assertThat(new RestLogSettings(Duration.ofDays(7), 10, Duration.ofSeconds(1)).keptFor())
                .isEqualTo(Duration.ofDays(7));
    }
}
