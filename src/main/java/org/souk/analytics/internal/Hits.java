package org.souk.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.cluster.NodeFlusher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Page views and install clicks as each node counts them: a request only adds one to a counter in memory (no
 * database, no lock held); every {@code hit-flush-every} and when the node stops the counts are added to
 * {@code analytics_hit} (an additive UPDATE, so that nodes never overwrite each other's). Keys are bounded
 * ({@code hit-keys}): made-up addresses cannot grow a node's memory, they are counted as dropped.
 */
@Component
class Hits extends NodeFlusher {

    private static final Logger LOG = LoggerFactory.getLogger(Hits.class);

    enum Kind {
        VIEW, CLICK
    }

    record Key(LocalDate day, String code, String language, Kind kind) {
    }

    private final JdbcTemplate jdbc;
    private final int maxKeys;
    /** Changed only by the map's atomic merge and remove: no count is lost between a request and a flush. */
    private final Map<Key, Long> counts = new ConcurrentHashMap<>();
    private final TransactionTemplate transaction;
    private final Counter dropped;

    Hits(AnalyticsSettings settings, DataSource dataSource, PlatformTransactionManager transactions,
            MeterRegistry meters) {
        super("analytics-hits-flush", settings.hitFlushEvery());
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.maxKeys = Math.max(settings.hitKeys(), 1);
        this.dropped = Counter.builder("souk.analytics.hits.dropped")
                .description("Page views and install clicks not counted because the node held too many keys")
                .register(meters);
    }

    void count(String code, String language, Kind kind) {
        Key key = new Key(LocalDate.now(ZoneOffset.UTC), code, language, kind);
        if (counts.size() >= maxKeys && !counts.containsKey(key)) {
            dropped.increment();
            return;
        }
        counts.merge(key, 1L, Long::sum);
    }

    /** Adds what the node counted; what a failed write missed is kept for the next flush. */
    @Override
    protected void flush() {
        List<Map.Entry<Key, Long>> batch = new ArrayList<>();
        for (Key key : counts.keySet()) {
            Long hits = counts.remove(key);
            if (hits != null) {
                batch.add(Map.entry(key, hits));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> write(batch));
        } catch (RuntimeException e) {
            batch.forEach(hit -> counts.merge(hit.getKey(), hit.getValue(), Long::sum));
            LOG.warn("{} page view and click counts not saved, kept for the next flush: {}", batch.size(),
                    e.toString());
        }
    }

    private void write(List<Map.Entry<Key, Long>> batch) {
        jdbc.batchUpdate("INSERT INTO analytics_hit (on_day, solution_code, language, kind, hits) "
                + "VALUES (?, ?, ?, ?, 0) ON CONFLICT DO NOTHING", batch, batch.size(), (statement, hit) -> {
                    statement.setObject(1, hit.getKey().day());
                    statement.setString(2, hit.getKey().code());
                    statement.setString(3, hit.getKey().language());
                    statement.setString(4, hit.getKey().kind().name());
                });
        jdbc.batchUpdate("UPDATE analytics_hit SET hits = hits + ? WHERE on_day = ? AND solution_code = ? "
                + "AND language = ? AND kind = ?", batch, batch.size(), (statement, hit) -> {
                    statement.setLong(1, hit.getValue());
                    statement.setObject(2, hit.getKey().day());
                    statement.setString(3, hit.getKey().code());
                    statement.setString(4, hit.getKey().language());
                    statement.setString(5, hit.getKey().kind().name());
                });
    }
}
