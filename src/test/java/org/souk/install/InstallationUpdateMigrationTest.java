package org.souk.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * V45_1 copies the updates made before {@code installation_update} existed from the audit log's
 * {@code app.updated} lines, once: on a database of its own migrated to just before it (H2, or a schema of its own
 * on PostgreSQL), with installations and audit lines as the install module wrote them, then migrated on.
 */
class InstallationUpdateMigrationTest extends IntegrationTest {

    private static final Instant DAY = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    DataSource dataSource;

    private HikariDataSource pool;
    private JdbcTemplate jdbc;

    @BeforeEach
    void ownDatabase() throws SQLException {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        String name = "update_history_" + Long.toString(System.nanoTime(), 36);
        pool = new HikariDataSource();
        pool.setMaximumPoolSize(2);
        if (url.startsWith("jdbc:h2:")) {
            pool.setJdbcUrl("jdbc:h2:mem:" + name + url.substring(url.indexOf(';')));
            pool.setUsername("sa");
        } else {
            HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
            pool.setJdbcUrl(url);
            pool.setUsername(application.getUsername());
            pool.setPassword(application.getPassword());
            pool.setSchema(name);
        }
        jdbc = new JdbcTemplate(pool);
    }

    @AfterEach
    void dropDatabase() {
        jdbc.execute(pool.getSchema() == null ? "SHUTDOWN" : "DROP SCHEMA " + pool.getSchema() + " CASCADE");
        pool.close();
    }

    /** Migrates to the last version before {@code before} (Flyway wants a target that exists), or to the end. */
    private void migrate(String before) {
        String[] schemas = pool.getSchema() == null ? new String[0] : new String[] {pool.getSchema()};
        var configuration = Flyway.configure().dataSource(pool).schemas(schemas).locations("classpath:db/migration");
        if (before != null) {
            MigrationVersion limit = MigrationVersion.fromVersion(before);
            MigrationVersion last = Arrays.stream(configuration.load().info().all()).map(MigrationInfo::getVersion)
                    .filter(version -> version != null && limit.isNewerThan(version)).max(MigrationVersion::compareTo)
                    .orElseThrow();
            configuration.target(last);
        }
        configuration.load().migrate();
    }

    @Test
    void theAuditLogsUpdatesBecomeRowsOnTheInstallationThatWasActiveThen() {
        migrate("45.1");
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

        migrate(null);

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
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
