package org.souk.install.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.cluster.BatchedDelete;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * F-10: the REST call log keeps each call for {@link RestLogSettings#keptFor()} (at least 3 days) and no longer;
 * one node at a time (ShedLock), in batches, each its own statement.
 */
@Component
class RestCallLogPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RestCallLogPurge.class);
    private static final int BATCH = 5000;

    private final JdbcClient jdbc;
    private final RestLogSettings settings;

    RestCallLogPurge(DataSource dataSource, RestLogSettings settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    @SchedulerLock(name = "rest-call-log-purge", lockAtMostFor = "PT30M")
    void scheduled() {
        purge();
    }

    /** Deletes the calls older than the retention; the number deleted. */
    long purge() {
        var before = Instant.now().minus(settings.keptFor()).atOffset(ZoneOffset.UTC);
        long total = BatchedDelete.run(jdbc, """
                DELETE FROM rest_call_log WHERE id IN (SELECT id FROM rest_call_log WHERE called_at < ? LIMIT ?)""",
                BATCH, before);
        // the days' counts go with the calls (the analytics keep what they were rolled up with)
        total += BatchedDelete.run(jdbc, """
                DELETE FROM rest_call_day WHERE on_day < ? AND installation_id IN (
                    SELECT installation_id FROM rest_call_day WHERE on_day < ? LIMIT ?)""", BATCH,
                before.toLocalDate(), before.toLocalDate());
        if (total > 0) {
            LOG.info("Purged {} REST calls and day counts older than {} from the call log", total, settings.keptFor());
        }
        return total;
    }
}
