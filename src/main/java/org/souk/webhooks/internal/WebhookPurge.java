package org.souk.webhooks.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deliveries do not pile up forever: a delivered or failed one is kept for {@link WebhookSettings#keptFor()} with its
 * attempts (deleted with it, ON DELETE CASCADE), then deleted; an event goes once no delivery of it is left. A pending
 * delivery (being retried, or sent again on request) is never deleted. In batches, each its own statement, so that no
 * transaction holds many rows; one node at a time (ShedLock).
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

    /** Deletes the deliveries, their attempts and the events older than the retention; the deliveries deleted. */
    long purge() {
        var before = Instant.now().minus(settings.keptFor()).atOffset(ZoneOffset.UTC);
        long deliveries = batches("""
                DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM webhook_delivery
                    WHERE status <> 'PENDING' AND created_at < ? LIMIT ?)""", before);
        long events = batches("""
                DELETE FROM webhook_event WHERE id IN (SELECT e.id FROM webhook_event e WHERE e.occurred_at < ?
                    AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id) LIMIT ?)""", before);
        if (deliveries + events > 0) {
            LOG.info("Purged {} webhook deliveries with their attempts and {} events older than {}", deliveries,
                    events, settings.keptFor());
        }
        return deliveries;
    }

    private long batches(String delete, Object before) {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(delete).params(before, BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
