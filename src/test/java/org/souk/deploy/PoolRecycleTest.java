package org.souk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.souk.support.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12: on H2 2.4.240 a CHECK constraint kept the session that created it (Flyway's), so once HikariCP
 * retired that connection (its 30-minute max lifetime) every insert into such a table failed for good with
 * "Check constraint invalid … The database has been closed". Here every connection of the pool is retired at
 * once, then one row goes into every table that has a CHECK constraint, each in a transaction rolled back.
 */
class PoolRecycleTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    /** A database (H2) or schema (PostgreSQL) of the test's own, with every migration. */
    private OwnDatabase database;
    private HikariDataSource pool;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;

    /** One insert per table with a CHECK constraint, with the parent rows it needs. */
    private final Map<String, Runnable> inserts = new LinkedHashMap<>();
    {
        inserts.put("partner", this::partner);
        inserts.put("partner_member", () -> jdbc.update("INSERT INTO partner_member (partner_id, user_id, role,"
                + " added_at) VALUES (?, -1, 'OWNER', CURRENT_TIMESTAMP)", partner()));
        inserts.put("partner_sales_terms", () -> jdbc.update("INSERT INTO partner_sales_terms (partner_id,"
                + " region_code, terms, chosen_at, chosen_by) VALUES (?, 'global', 'FREE', CURRENT_TIMESTAMP, 'pool')",
                partner()));
        inserts.put("category", () -> jdbc.update("INSERT INTO category (code, group_code, sort_order, gate)"
                + " SELECT 'pool.recycle', MIN(code), 99, 'C-04' FROM category_group"));
        inserts.put("check_setting", () -> jdbc.update("INSERT INTO check_setting (rule, mode, updated_by,"
                + " updated_at) VALUES ('X-POOL', 'ADVISORY', 'pool', CURRENT_TIMESTAMP)"));
        inserts.put("check_word", () -> jdbc.update("INSERT INTO check_word (list, language, word)"
                + " VALUES ('promotion', 'en', 'poolrecycle')"));
        inserts.put("moderation_submission", () -> jdbc.update("INSERT INTO moderation_submission (solution_code,"
                + " partner_id, partner_code, region, revision_id, version_number, kind, status, submitted_by,"
                + " submitted_at, due_at) VALUES ('pool.app', -1, 'pool', 'global', -1, 1, 'NEW_SOLUTION', 'QUEUED',"
                + " 'pool', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        inserts.put("catalog_install_count", () -> jdbc.update("INSERT INTO catalog_install_count (code, installs)"
                + " VALUES ('pool.recycle', 1)"));
        inserts.put("installation", this::installation);
        inserts.put("oauth_token", () -> jdbc.update("INSERT INTO oauth_token (installation_id, kind, token_hash,"
                + " chain, user_id, created_at, expires_at) VALUES (?, 'REFRESH', 'pool-hash', 'pool-chain', -1,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", installation()));
        inserts.put("event_delivery", () -> jdbc.update("INSERT INTO event_delivery (installation_id, solution_code,"
                + " event, handler_url, status, created_at) VALUES (?, 'pool.app', 'ONAPPINSTALL',"
                + " 'https://pool.example.com/handler', 'PENDING', CURRENT_TIMESTAMP)", installation()));
        inserts.put("program_grant", () -> jdbc.update("INSERT INTO program_grant (kind, purpose, partner_id,"
                + " partner_code, account_id, account_domain, term_months, status, requested_by, requested_at)"
                + " VALUES ('SANDBOX', 'FIRST_APPLICATION', -1, 'pool', -1, 'pool.example.com', 3, 'REQUESTED',"
                + " 'pool', CURRENT_TIMESTAMP)"));
        inserts.put("review", this::review);
        inserts.put("review_report", () -> jdbc.update("INSERT INTO review_report (review_id, reporter_id, reason,"
                + " created_at) VALUES (?, -2, 'SPAM', CURRENT_TIMESTAMP)", review()));
        inserts.put("analytics_hit", () -> jdbc.update("INSERT INTO analytics_hit (on_day, solution_code, language,"
                + " kind, hits) VALUES (CURRENT_DATE, 'pool.app', 'en', 'VIEW', 1)"));
        inserts.put("program_complaint", () -> jdbc.update("INSERT INTO program_complaint (solution_code, partner_id,"
                + " partner_code, region, reason, body, status, created_at) VALUES ('pool.app', -1, 'pool', 'global',"
                + " 'DOES_NOT_WORK', 'It stopped.', 'OPEN', CURRENT_TIMESTAMP)"));
    }

    @BeforeEach
    void ownDatabase() throws SQLException {
        database = new OwnDatabase(dataSource, "pool_recycle");
        database.migrate();
        pool = database.pool();
        jdbc = database.jdbc();
        transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    @AfterEach
    void closePool() {
        database.close();
    }

    @Test
    void everyTableWithACheckConstraintTakesRowsAfterThePoolRetiredEveryConnection() throws SQLException {
        assertThat(inserts.keySet()).as("tables with a CHECK constraint (a new one needs an insert here)")
                .containsExactlyInAnyOrderElementsOf(tablesWithCheckConstraints());

        // every connection of the pool, Flyway's included, closed (the pool closes idle ones on a thread of its
        // own and opens new ones at once)
        Set<Object> before = sessions();
        pool.getHikariPoolMXBean().softEvictConnections();
        await().atMost(Duration.ofSeconds(20)).until(() -> Collections.disjoint(sessions(), before));

        List<String> failures = new ArrayList<>();
        inserts.forEach((table, insert) -> {
            try {
                transaction.executeWithoutResult(status -> {
                    insert.run();
                    status.setRollbackOnly();
                });
            } catch (DataAccessException e) {
                failures.add(table + ": " + e.getMostSpecificCause().getMessage().lines().findFirst().orElse(""));
            }
        });
        assertThat(failures).as("inserts after every connection of the pool was replaced").isEmpty();
    }

    /** Tables of the application's schema with a CHECK constraint other than PostgreSQL's NOT NULL ones. */
    private Set<String> tablesWithCheckConstraints() {
        return new TreeSet<>(jdbc.queryForList("""
                SELECT DISTINCT t.table_name FROM information_schema.table_constraints t
                JOIN information_schema.check_constraints c
                  ON c.constraint_schema = t.constraint_schema AND c.constraint_name = t.constraint_name
                WHERE t.constraint_type = 'CHECK' AND t.table_schema = current_schema()
                  AND c.check_clause NOT LIKE '%IS NOT NULL'""", String.class));
    }

    /** The sessions of the test's pool: all of its own H2 database, or those named after its schema. */
    private Set<Object> sessions() {
        return new HashSet<>(pool.getSchema() == null
                ? jdbc.queryForList("SELECT session_id FROM information_schema.sessions", Object.class)
                : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name = ?", Object.class,
                        pool.getSchema()));
    }

    private long partner() {
        return insert("INSERT INTO partner (code, company_name, company_website, phone, status, consent_at, created_at)"
                + " VALUES (?, 'Pool Recycle Ltd', 'https://pool.example.com', '+1 555 0100', 'PENDING',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", uniqueCode("pool"));
    }

    private long installation() {
        String domain = uniqueCode("pool").replace('_', '-') + ".example.com";
        long account = insert("INSERT INTO customer_account (domain, member_id, plan, language, created_at)"
                + " VALUES (?, ?, 'basic', 'en', CURRENT_TIMESTAMP)", domain, Integer.toHexString(domain.hashCode()));
        return insert("INSERT INTO installation (account_id, solution_code, version, scope, installable_without_admin,"
                + " paid, status, application_token, installed_by, test, installed_at) VALUES (?, 'pool.app', 1, 'crm',"
                + " FALSE, FALSE, 'INSTALLED', 'pool-token', -1, FALSE, CURRENT_TIMESTAMP)", account);
    }

    /** A review of issue 15, with a new author each time (one review per user and solution). */
    private long review() {
        return insert("INSERT INTO review (solution_code, partner_id, author_id, author_name, author_email, rating,"
                + " status, created_at, updated_at) VALUES ('pool.app', -1, ?, 'Pool R.', 'pool@example.com', 4,"
                + " 'VISIBLE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", -System.nanoTime());
    }

    private long insert(String sql, Object... arguments) {
        return database.insert(sql, arguments);
    }
}
