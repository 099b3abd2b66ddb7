package org.souk.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog's generation: a counter row (catalog_generation) that every change of the catalog bumps in the
 * transaction that makes it, so that the caches keyed by it (CatalogPageCache, the ETags) miss. The index takes a
 * change just after the commit: until it has, {@code indexed} lags behind and the generation is not
 * {@linkplain Generation#settled() settled}, so nothing rendered in that moment is kept. A change whose mark got
 * lost (a node stopped between the two) stops blocking the caches after {@link #UNSETTLED_AT_MOST}.
 * <p>
 * The row is read at most once per {@code souk.catalog.generation-max-age} (1 s) by one thread at a time, not on
 * every request (it was the storefront's largest wait, bench/README.md "ReviewBench"): a change made on another
 * node shows here within that age plus one read of the row; one made on this node at once, because its commit
 * drops this node's copy. While one thread reads the row the others go on with the copy, unless it is older than
 * a change of this node: then they wait for the read. A short-lived copy rather than LISTEN/NOTIFY: it works on
 * every database (H2 on one node), needs no connection held open, and when the database does not answer the
 * worst is the same bounded delay.
 */
@Component
class CatalogGeneration {

    private static final Logger log = LoggerFactory.getLogger(CatalogGeneration.class);
    static final Duration UNSETTLED_AT_MOST = Duration.ofSeconds(10);

    /** The generation this thread's transaction bumped to, marked indexed once the index took its changes. */
    private static final ThreadLocal<Long> BUMPED = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final long maxAgeNanos;
    /** Counts this node's changes: a copy read before the latest one is of no use. */
    private final AtomicLong changesHere = new AtomicLong();
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Copy copy;

    CatalogGeneration(JdbcClient jdbc, DataSource dataSource,
            @Value("${souk.catalog.generation-max-age}") Duration maxAge) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** @param settled whether the index has every change of this generation (only then may a render be kept) */
    record Generation(long value, boolean settled) {
    }

    /** The row as read when {@code readAt} (System.nanoTime before the read), after {@code changesHere} changes here. */
    private record Copy(Generation generation, long readAt, long changesHere) {
    }

    /** The current generation, at most {@code generation-max-age} (and one read) behind another node's change. */
    Generation current() {
        if (maxAgeNanos <= 0) {
            return read();
        }
        Copy now = copy;
        if (now != null && now.changesHere() == changesHere.get()) {
            if (System.nanoTime() - now.readAt() < maxAgeNanos || !reading.tryLock()) {
                // fresh, or another thread is reading it anew: this request goes on with the copy
                return now.generation();
            }
        } else {
            // none yet, or older than a change of this node, which this node's next request must show
            reading.lock();
        }
        try {
            now = copy;
            long changes = changesHere.get();
            long readAt = System.nanoTime();
            if (now != null && now.changesHere() == changes && readAt - now.readAt() < maxAgeNanos) {
                return now.generation();
            }
            Generation read = read();
            copy = new Copy(read, readAt, changes);
            return read;
        } finally {
            reading.unlock();
        }
    }

    private Generation read() {
        return jdbc.sql("SELECT generation, indexed, changed_at, CURRENT_TIMESTAMP FROM catalog_generation WHERE id = 1")
                .query((row, n) -> new Generation(row.getLong(1), row.getLong(2) >= row.getLong(1)
                        || row.getTimestamp(3).toInstant().plus(UNSETTLED_AT_MOST).isBefore(row.getTimestamp(4).toInstant())))
                .single();
    }

    /** In the transaction that changes the catalog (it holds the row until it ends: changes are serialized). */
    void bump() {
        jdbc.sql("UPDATE catalog_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1")
                .update();
        BUMPED.set(jdbc.sql("SELECT generation FROM catalog_generation WHERE id = 1").query(Long.class).single());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changedHere();
                }
            });
        } else {
            changedHere();
        }
    }

    /**
     * After the index took the changes of the transaction that just committed on this thread (CatalogIndexing):
     * its generation is settled. Runs while that transaction completes, so on a connection of its own.
     */
    void indexed() {
        Long bumped = BUMPED.get();
        BUMPED.remove();
        if (bumped != null) {
            execute("UPDATE catalog_generation SET indexed = " + bumped + " WHERE id = 1 AND indexed < " + bumped);
        }
    }

    /** A change made to the index alone (a rebuild, the retry queue), already there: bumped and settled at once. */
    void bumpIndexed() {
        execute("UPDATE catalog_generation SET generation = generation + 1, indexed = generation + 1, "
                + "changed_at = CURRENT_TIMESTAMP WHERE id = 1");
    }

    /** This node's next request reads the row again (a change made here shows at once here). */
    private void changedHere() {
        changesHere.incrementAndGet();
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                statement.executeUpdate(sql);
                connection.commit();
            } else {
                statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            // the pages are then rendered anew until UNSETTLED_AT_MOST has passed: slower, never stale
            log.warn("Could not mark the catalog generation: {}", e.getMessage());
        } finally {
            changedHere();
        }
    }
}
