package org.souk.install.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.souk.cluster.NodeFlusher;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * F-10: the log of each installation's REST calls (method, time, status, duration). {@code /rest/} is the market's
 * hottest path, so a call only puts a small record into a bounded in-memory queue ({@link #record}, no lock held,
 * no database); each node writes what it holds in one JDBC batch every {@code flush-every} and when it stops.
 * A full queue drops the call's record (counted by {@code souk.rest.log.dropped}) rather than slow the app down.
 */
@Component
class RestCallLog extends NodeFlusher {

    private static final Logger LOG = LoggerFactory.getLogger(RestCallLog.class);
    private static final int BATCH = 1000;

    /** One call as the log keeps it. */
    record Call(long installationId, String method, Instant at, int status, int durationMs) {
    }

    private final JdbcTemplate jdbc;
    private final ArrayBlockingQueue<Call> pending;
    private final Counter dropped;

    RestCallLog(RestLogSettings settings, DataSource dataSource, MeterRegistry meters) {
        super("rest-log-flush", settings.flushEvery());
        this.jdbc = new JdbcTemplate(dataSource);
        this.pending = new ArrayBlockingQueue<>(Math.max(settings.buffer(), 1));
        this.dropped = Counter.builder("souk.rest.log.dropped")
                .description("REST calls left out of the installations' call log because the node's buffer was full")
                .register(meters);
    }

    /** Called once per answered call of an installation: cheap, never blocks. */
    void record(long installationId, String method, Instant at, int status, long durationNanos) {
        String name = method.length() > 100 ? method.substring(0, 100) : method;
        if (!pending.offer(new Call(installationId, name, at, status, (int) Math.min(durationNanos / 1_000_000,
                Integer.MAX_VALUE)))) {
            dropped.increment();
        }
    }

    /** Writes what the node holds, batch after batch; a failed batch is logged and lost (the app never waits). */
    @Override
    protected void flush() {
        List<Call> batch = new ArrayList<>(Math.min(pending.size(), BATCH));
        while (pending.drainTo(batch, BATCH) > 0) {
            try {
                jdbc.batchUpdate("INSERT INTO rest_call_log (installation_id, method, called_at, status, duration_ms) "
                        + "VALUES (?, ?, ?, ?, ?)", batch, batch.size(), (statement, call) -> {
                            statement.setLong(1, call.installationId());
                            statement.setString(2, call.method());
                            statement.setTimestamp(3, Timestamp.from(call.at()));
                            statement.setInt(4, call.status());
                            statement.setInt(5, call.durationMs());
                        });
            } catch (RuntimeException e) {
                LOG.warn("{} REST calls not written to the call log: {}", batch.size(), e.toString());
            }
            batch.clear();
        }
    }
}
