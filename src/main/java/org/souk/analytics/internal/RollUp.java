package org.souk.analytics.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls one day up into its rows: every figure of the day is counted again from what is stored, set-wise (a few
 * GROUP BY queries over the day's range, one over the installations for the active ones), and the day's rows are
 * written anew in one transaction, so a roll-up of the same day again (today every few minutes, a backfill) gives
 * the same rows and never counts twice.
 * <p>
 * The sources: installs, uninstalls and active installations from {@code installation} (an install that waits
 * for its installer's {@code installFinish} does not count yet), updates from {@code installation_update} (written
 * with each update, as its {@code AppUpdated} event is published; not the audit log, whose wording may change),
 * ratings from {@code review} (the day a user first rated), REST calls from {@code rest_call_day} (each node adds
 * its counts there every few seconds: a row per installation and day, where counting the call log itself meant
 * reading every call of the day) and views and clicks from {@code analytics_hit}. The day counts are kept as long
 * as the call log, {@link #REST_LOG_DAYS} days: an older day keeps the REST calls it was rolled up with.
 */
@Component
class RollUp {

    /** F-10: the REST calls are kept at least 3 days, so today and the two days before are whole. */
    static final int REST_LOG_DAYS = 3;
    private static final int FIGURES = 8;
    private static final int INSTALLS = 0;
    private static final int UNINSTALLS = 1;
    private static final int ACTIVE = 2;
    private static final int UPDATES = 3;
    private static final int VIEWS = 4;
    private static final int CLICKS = 5;
    private static final int RATINGS = 6;
    private static final int REST_CALLS = 7;
    private static final String COLUMNS = "installs, uninstalls, active, updates, views, clicks, ratings, rest_calls";

    record Row(String code, String region, boolean test) {
    }

    /** What a roll-up of one day wrote. */
    record Result(LocalDate day, int rows) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    RollUp(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The solutions' regions, read once for the days rolled up together. */
    RegionRules regions() {
        return RegionRules.read(jdbc);
    }

    Result day(LocalDate day, RegionRules regions) {
        return transaction.execute(status -> write(day, count(day, regions)));
    }

    private Map<Row, long[]> count(LocalDate day, RegionRules regions) {
        OffsetDateTime from = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = from.plusDays(1);
        Map<Row, long[]> rows = new HashMap<>();
        String byAccount = " GROUP BY i.solution_code, a.language, i.test";
        String installations = "SELECT i.solution_code, a.language, i.test, COUNT(*) FROM installation i "
                + "JOIN customer_account a ON a.id = i.account_id WHERE ";
        add(rows, regions, INSTALLS, installations
                + "i.installed_at >= :from AND i.installed_at < :to AND i.status <> 'PENDING'" + byAccount, from, to);
        add(rows, regions, UNINSTALLS, installations
                + "i.uninstalled_at >= :from AND i.uninstalled_at < :to" + byAccount, from, to);
        add(rows, regions, ACTIVE, installations + "i.installed_at < :to AND i.status <> 'PENDING' "
                + "AND (i.uninstalled_at IS NULL OR i.uninstalled_at >= :to)" + byAccount, from, to);
        add(rows, regions, UPDATES, "SELECT u.solution_code, a.language, u.test, COUNT(*) FROM installation_update u "
                + "JOIN customer_account a ON a.id = u.account_id WHERE u.updated_at >= :from AND u.updated_at < :to "
                + "GROUP BY u.solution_code, a.language, u.test", from, to);
        jdbc.sql("SELECT solution_code, language, kind, hits FROM analytics_hit WHERE on_day = :day").param("day", day)
                .query(row -> {
                    put(rows, regions, "VIEW".equals(row.getString(3)) ? VIEWS : CLICKS, row.getString(1),
                            row.getString(2), false, row.getLong(4));
                });
        // a rating counts in the region of its text's language (none: the solution's home region)
        jdbc.sql("""
                SELECT solution_code, language, COUNT(*) FROM review WHERE created_at >= :from AND created_at < :to
                GROUP BY solution_code, language""").param("from", from).param("to", to)
                .query(row -> {
                    put(rows, regions, RATINGS, row.getString(1), row.getString(2), false, row.getLong(3));
                });
        if (!day.isBefore(LocalDate.now(ZoneOffset.UTC).minusDays(REST_LOG_DAYS - 1))) {
            jdbc.sql("SELECT i.solution_code, a.language, i.test, SUM(d.calls) FROM rest_call_day d "
                    + "JOIN installation i ON i.id = d.installation_id JOIN customer_account a ON a.id = i.account_id "
                    + "WHERE d.on_day = :day" + byAccount).param("day", day)
                    .query(row -> {
                        put(rows, regions, REST_CALLS, row.getString(1), row.getString(2), row.getBoolean(3),
                                row.getLong(4));
                    });
        } else {
            // the log no longer has that day's calls: keep those the day was rolled up with
            jdbc.sql("SELECT solution_code, region, test, rest_calls FROM analytics_day WHERE on_day = :day "
                    + "AND rest_calls > 0").param("day", day)
                    .query(row -> {
                        rows.computeIfAbsent(new Row(row.getString(1), row.getString(2), row.getBoolean(3)),
                                r -> new long[FIGURES])[REST_CALLS] += row.getLong(4);
                    });
        }
        return rows;
    }

    private void add(Map<Row, long[]> rows, RegionRules regions, int figure, String sql, OffsetDateTime from,
            OffsetDateTime to) {
        jdbc.sql(sql).param("from", from).param("to", to).query(row -> {
            put(rows, regions, figure, row.getString(1), row.getString(2), row.getBoolean(3), row.getLong(4));
        });
    }

    private static void put(Map<Row, long[]> rows, RegionRules regions, int figure, String code, String language,
            boolean test, long count) {
        String region = regions.regionOf(code, language == null ? "" : language);
        if (region != null) {
            rows.computeIfAbsent(new Row(code, region, test), r -> new long[FIGURES])[figure] += count;
        }
    }

    private Result write(LocalDate day, Map<Row, long[]> rows) {
        jdbc.sql("DELETE FROM analytics_day WHERE on_day = :day").param("day", day).update();
        List<Map.Entry<Row, long[]>> written = new ArrayList<>(rows.entrySet());
        batch.batchUpdate("INSERT INTO analytics_day (solution_code, on_day, region, test, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", written, 2000, (statement, row) -> {
                    statement.setString(1, row.getKey().code());
                    statement.setObject(2, day);
                    statement.setString(3, row.getKey().region());
                    statement.setBoolean(4, row.getKey().test());
                    for (int i = 0; i < FIGURES; i++) {
                        statement.setLong(5 + i, row.getValue()[i]);
                    }
                });
        // the market's totals of the day, per region and audience
        jdbc.sql("DELETE FROM analytics_market_day WHERE on_day = :day").param("day", day).update();
        jdbc.sql("INSERT INTO analytics_market_day (on_day, region, test, " + COLUMNS + ") SELECT on_day, region, test, "
                + "SUM(installs), SUM(uninstalls), SUM(active), SUM(updates), SUM(views), SUM(clicks), SUM(ratings), "
                + "SUM(rest_calls) FROM analytics_day WHERE on_day = :day GROUP BY on_day, region, test")
                .param("day", day).update();
        if (jdbc.sql("UPDATE analytics_rollup SET rolled_at = CURRENT_TIMESTAMP WHERE on_day = :day").param("day", day)
                .update() == 0) {
            jdbc.sql("INSERT INTO analytics_rollup (on_day, rolled_at) VALUES (:day, CURRENT_TIMESTAMP)")
                    .param("day", day).update();
        }
        return new Result(day, written.size());
    }
}
