package org.souk.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's generation: a counter row (catalog_generation) that every change of the catalog bumps in the
 * transaction that makes it, so every node reads the new value on its next request and the caches keyed by
 * it (CatalogPageCache, the ETags) miss. The index takes a change just after the commit: until it has,
 * {@code indexed} lags behind and the generation is not {@linkplain Generation#settled() settled}, so nothing
 * rendered in that moment is kept. A change whose mark got lost (a node stopped between the two) stops
 * blocking the caches after {@link #UNSETTLED_AT_MOST}.
 */
@Component
class CatalogGeneration {

    private static final Logger log = LoggerFactory.getLogger(CatalogGeneration.class);
    static final Duration UNSETTLED_AT_MOST = Duration.ofSeconds(10);

    /** The generation this thread's transaction bumped to, marked indexed once the index took its changes. */
    private static final ThreadLocal<Long> BUMPED = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    CatalogGeneration(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** @param settled whether the index has every change of this generation (only then may a render be kept) */
    record Generation(long value, boolean settled) {
    }

    Generation current() {
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
        }
    }
}
