package org.souk.install.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The REST calls a node counted in memory (F-09), added to the installations' totals and to their day's row
 * ({@code rest_call_day}, which the analytics' roll-up reads): two JDBC batches and one commit for a whole chunk of
 * installations, not a transaction an installation. Additive, so nodes never overwrite each other's counts; a
 * failed chunk adds to neither and is tried again.
 */
@Component
public class RestUsageRows {

    private static final String TOTALS = "UPDATE installation SET rest_calls = rest_calls + ?, "
            + "rest_refused = rest_refused + ? WHERE id = ?";
    private static final String DAY = """
            MERGE INTO rest_call_day d USING (VALUES (CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS BIGINT)))
            AS s (installation_id, on_day, calls) ON d.installation_id = s.installation_id AND d.on_day = s.on_day
            WHEN MATCHED THEN UPDATE SET calls = d.calls + s.calls
            WHEN NOT MATCHED THEN INSERT (installation_id, on_day, calls) VALUES (s.installation_id, s.on_day, s.calls)""";

    private final JdbcTemplate jdbc;

    RestUsageRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds each installation's {calls, refused} to its totals and its {@code day}'s calls, in one transaction. */
    @Transactional
    public void add(LocalDate day, Map<Long, long[]> usage) {
        List<Object[]> totals = new ArrayList<>(usage.size());
        List<Object[]> days = new ArrayList<>(usage.size());
        // in the order of the ids: two nodes flushing at once lock the installations' rows in the same order
        usage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            totals.add(new Object[] { entry.getValue()[0], entry.getValue()[1], entry.getKey() });
            days.add(new Object[] { entry.getKey(), Date.valueOf(day), entry.getValue()[0] });
        });
        jdbc.batchUpdate(TOTALS, totals);
        jdbc.batchUpdate(DAY, days);
    }
}
