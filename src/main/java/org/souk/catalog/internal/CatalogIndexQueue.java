package org.souk.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The solutions whose index update failed, kept in the database (catalog_index_pending) so that no change
 * is lost while the search cluster is down or restarts, whichever node made it; one node at a time indexes
 * them again every few seconds (souk.catalog.index-retry-delay) until the cluster takes them.
 */
@Component
class CatalogIndexQueue {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndexQueue.class);
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    /** Lazily: the index's strategy (CatalogIndexing) needs this queue while the EntityManagerFactory is built. */
    private final ObjectProvider<EntityManagerFactory> entityManagers;
    private final CatalogGeneration generation;

    CatalogIndexQueue(DataSource dataSource, ObjectProvider<EntityManagerFactory> entityManagers,
            CatalogGeneration generation) {
        this.dataSource = dataSource;
        this.generation = generation;
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManagers = entityManagers;
    }

    record Pending(String code, UUID token) {
    }

    /**
     * Remembers solutions whose change committed but did not reach the index. Runs while the publishing
     * transaction completes, so on a connection of its own, outside that transaction.
     */
    void add(Collection<String> codes, Throwable failure) {
        log.warn("The search index did not take {} solution(s), retried later: {}", codes.size(), failure.getMessage());
        UUID token = UUID.randomUUID();
        write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM catalog_index_pending WHERE code = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO catalog_index_pending (code, token) VALUES (?, ?)")) {
                for (String code : codes) {
                    delete.setString(1, code);
                    delete.executeUpdate();
                    insert.setString(1, code);
                    insert.setObject(2, token);
                    insert.executeUpdate();
                }
            }
        });
    }

    /** Remembers every listed solution, for a failure that does not say which ones it concerned. */
    void addAll(Throwable failure) {
        log.warn("The search index failed, every solution is indexed again later: {}", failure.getMessage());
        UUID token = UUID.randomUUID();
        write(connection -> {
            try (PreparedStatement renew = connection.prepareStatement("UPDATE catalog_index_pending SET token = ?");
                    PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO catalog_index_pending (code, token) SELECT code, ? FROM catalog_entry
                            WHERE code NOT IN (SELECT code FROM catalog_index_pending)""")) {
                renew.setObject(1, token);
                renew.executeUpdate();
                insert.setObject(1, token);
                insert.executeUpdate();
            }
        });
    }

    long size() {
        Long size = jdbc.queryForObject("SELECT COUNT(*) FROM catalog_index_pending", Long.class);
        return size == null ? 0 : size;
    }

    /** Indexes the waiting solutions again (removes those no longer listed); keeps them while the cluster fails. */
    @Scheduled(fixedDelayString = "${souk.catalog.index-retry-delay:PT10S}",
            initialDelayString = "${souk.catalog.index-retry-delay:PT10S}")
    @SchedulerLock(name = "catalog-index-retry", lockAtMostFor = "PT10M")
    void retry() {
        List<Pending> pending = jdbc.query("SELECT code, token FROM catalog_index_pending ORDER BY failed_at LIMIT ?",
                (row, n) -> new Pending(row.getString("code"), row.getObject("token", UUID.class)), BATCH);
        if (pending.isEmpty()) {
            return;
        }
        EntityManagerFactory factory = entityManagers.getObject();
        try (EntityManager entityManager = factory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            // plain sync here: a failure must reach this method, not go back into the queue
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
            SearchIndexingPlan plan = session.indexingPlan();
            for (Pending p : pending) {
                CatalogEntry entry = entityManager.find(CatalogEntry.class, p.code());
                if (entry == null) {
                    plan.purge(CatalogEntry.class, p.code(), null);
                } else {
                    plan.addOrUpdate(entry);
                }
            }
            plan.execute();
        } catch (RuntimeException e) {
            log.warn("{} solution(s) still wait for the search index: {}", pending.size(), e.getMessage());
            return;
        }
        pending.forEach(p -> jdbc.update("DELETE FROM catalog_index_pending WHERE code = ? AND token = ?", p.code(),
                p.token()));
        generation.bumpIndexed();
        log.info("The search index took {} waiting solution(s)", pending.size());
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void write(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // the change itself is committed; without this row only a reindex brings it to the index
            log.error("Could not remember the solutions the search index missed: run a reindex", e);
        }
    }
}
