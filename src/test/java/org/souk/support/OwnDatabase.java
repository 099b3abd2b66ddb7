package org.souk.support;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A database of a test's own (H2) or a schema of its own (PostgreSQL) beside the application's, reached through
 * a pool of its own (two connections, named after the schema on PostgreSQL) and migrated by Flyway when the test
 * says: the suite's Spring contexts share the application's database and keep their sessions. Closing drops it.
 */
public final class OwnDatabase implements AutoCloseable {

    private final HikariDataSource pool = new HikariDataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(pool);

    /** Beside the application's database ({@code dataSource}), named {@code prefix} and a unique suffix. */
    public OwnDatabase(DataSource dataSource, String prefix) throws SQLException {
        HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
        String url = application.getJdbcUrl();
        String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
        pool.setMaximumPoolSize(2);
        if (url.startsWith("jdbc:h2:")) {
            pool.setJdbcUrl("jdbc:h2:mem:" + name + url.substring(url.indexOf(';')));
            pool.setUsername("sa");
        } else {
            pool.setJdbcUrl(url);
            pool.setUsername(application.getUsername());
            pool.setPassword(application.getPassword());
            pool.setSchema(name);
            pool.addDataSourceProperty("ApplicationName", name);
        }
    }

    public HikariDataSource pool() {
        return pool;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Every migration. */
    public void migrate() {
        flyway().load().migrate();
    }

    /** The migrations before {@code version} only (Flyway wants a target that exists: the last one before it). */
    public void migrateBefore(String version) {
        MigrationVersion limit = MigrationVersion.fromVersion(version);
        MigrationVersion last = Arrays.stream(flyway().load().info().all()).map(MigrationInfo::getVersion)
                .filter(Objects::nonNull).filter(limit::isNewerThan).max(MigrationVersion::compareTo).orElseThrow();
        flyway().target(last).load().migrate();
    }

    private FluentConfiguration flyway() {
        String[] schemas = pool.getSchema() == null ? new String[0] : new String[] {pool.getSchema()};
        return Flyway.configure().dataSource(pool).schemas(schemas).locations("classpath:db/migration");
    }

    /** An INSERT's generated {@code id}. */
    public long insert(String sql, Object... arguments) {
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

    @Override
    public void close() {
        jdbc.execute(pool.getSchema() == null ? "SHUTDOWN" : "DROP SCHEMA " + pool.getSchema() + " CASCADE");
        pool.close();
    }
}
