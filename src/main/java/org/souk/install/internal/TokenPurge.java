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
 * Token rows do not grow forever: an expired token grants nothing, and a used or revoked one is kept only for
 * {@link TokenPurgeSettings#spentRetention()} (reuse detection). Deleted in batches, each in its own
 * transaction; one node at a time (ShedLock). No index is added for it: the grant's conditional UPDATE stays a
 * heap-only (HOT) update on PostgreSQL, and the batches' scan stops at the batch size.
 */
@Component
class TokenPurge {

    private static final Logger LOG = LoggerFactory.getLogger(TokenPurge.class);

    private final JdbcClient jdbc;
    private final TokenPurgeSettings settings;

    TokenPurge(DataSource dataSource, TokenPurgeSettings settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${souk.install.token-purge.interval:5m}",
            initialDelayString = "${souk.install.token-purge.interval:5m}")
    @SchedulerLock(name = "oauth-token-purge", lockAtMostFor = "PT30M")
    void scheduled() {
        purge();
    }

    /** Deletes every purgeable row, batch after batch; the number deleted. */
    long purge() {
        Instant now = Instant.now();
        var expired = now.atOffset(ZoneOffset.UTC);
        var spent = now.minus(settings.spentRetention()).atOffset(ZoneOffset.UTC);
        long total = BatchedDelete.run(jdbc, """
                DELETE FROM oauth_token WHERE id IN (SELECT id FROM oauth_token
                    WHERE expires_at < ? OR used_at < ? OR revoked_at < ? LIMIT ?)""", settings.batch(), expired,
                spent, spent);
        if (total > 0) {
            LOG.info("Purged {} expired or spent OAuth token rows", total);
        }
        return total;
    }
}
