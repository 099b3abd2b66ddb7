package org.souk.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.souk.support.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V45_1 copies the updates made before {@code installation_update} existed from the audit log's
 * {@code app.updated} lines, once: on a database of its own migrated to just before it (H2, or a schema of its own
 * on PostgreSQL), with installations and audit lines as the install module wrote them, then migrated on.
 */
class InstallationUpdateMigrationTest extends IntegrationTest {

    private static final Instant DAY = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    DataSource dataSource;

    private OwnDatabase database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void ownDatabase() throws SQLException {
        database = new OwnDatabase(dataSource, "update_history");
        jdbc = database.jdbc();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void theAuditLogsUpdatesBecomeRowsOnTheInstallationThatWasActiveThen() {
        database.migrateBefore("45.1");
        long customer = account("shop.example.com", null);
        long tester = account("try.example.com", 7L);
        // the customer had the app, removed it, installed it again; each install was updated once
        long first = installation(customer, "acme.crm", DAY.minusSeconds(10 * 86400), DAY.minusSeconds(5 * 86400));
        long second = installation(customer, "acme.crm", DAY.minusSeconds(4 * 86400), null);
        long onTest = installation(tester, "acme.crm", DAY.minusSeconds(3 * 86400), null);
        audit(DAY.minusSeconds(8 * 86400), "app.updated", "account", "shop.example.com", "acme.crm 1 → 2");
        audit(DAY.minusSeconds(2 * 86400), "app.updated", "account", "shop.example.com", "acme.crm 2 → 3");
        audit(DAY.minusSeconds(86400), "app.updated", "account", "try.example.com", "acme.crm 1 → 4");
        // not updates of an account's installation: none becomes a row
        audit(DAY, "app.installed", "account", "shop.example.com", "acme.crm version 1");
        audit(DAY, "app.updated", "account", "gone.example.com", "acme.crm 1 → 2");
        audit(DAY, "app.updated", "solution", "acme.crm", "acme.crm 1 → 2");
        audit(DAY, "app.updated", "account", "shop.example.com", null);

        database.migrate();

        assertThat(jdbc.query("SELECT installation_id, account_id, solution_code, from_version, to_version, test, "
                + "updated_at FROM installation_update ORDER BY updated_at", (row, i) -> tuple(row.getLong(1),
                        row.getLong(2), row.getString(3), row.getInt(4), row.getInt(5), row.getBoolean(6),
                        row.getTimestamp(7).toInstant())))
                .containsExactly(tuple(first, customer, "acme.crm", 1, 2, false, DAY.minusSeconds(8 * 86400)),
                        tuple(second, customer, "acme.crm", 2, 3, false, DAY.minusSeconds(2 * 86400)),
                        tuple(onTest, tester, "acme.crm", 1, 4, true, DAY.minusSeconds(86400)));
    }

    private long account(String domain, Long testPartner) {
        return insert("INSERT INTO customer_account (domain, member_id, plan, language, test_partner_id, created_at)"
                + " VALUES (?, ?, 'basic', 'en', ?, CURRENT_TIMESTAMP)", domain,
                Integer.toHexString(domain.hashCode()), testPartner);
    }

    private long installation(long account, String code, Instant installed, Instant uninstalled) {
        return insert("INSERT INTO installation (account_id, solution_code, version, scope, installable_without_admin,"
                + " paid, status, application_token, installed_by, test, installed_at, uninstalled_at) VALUES (?, ?, 1,"
                + " 'crm', TRUE, FALSE, ?, 'token', -1, FALSE, ?, ?)", account, code,
                uninstalled == null ? "INSTALLED" : "UNINSTALLED", Timestamp.from(installed),
                uninstalled == null ? null : Timestamp.from(uninstalled));
    }

    private void audit(Instant at, String action, String subjectType, String subject, String detail) {
        jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, detail)"
                + " VALUES (?, 'ann@shop.example.com', ?, ?, ?, ?)", Timestamp.from(at), action, subjectType, subject,
                detail);
    }

    private long insert(String sql, Object... arguments) {
        return database.insert(sql, arguments);
    }
}
