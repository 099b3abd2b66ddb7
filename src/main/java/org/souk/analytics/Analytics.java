package org.souk.analytics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.market.Regions;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the daily rows the roll-up wrote (never the raw records): a solution's figures for its partner's users and
 * the market's managers (anyone else is told the solution does not exist), the market's totals for managers, and
 * the ranks the catalog orders "Popular" and "Trending" by.
 */
@Service
public class Analytics {

    /** The longest period one report covers (a leap year). */
    public static final int MAX_DAYS = 366;
    /** "Popular": the active installations summed over this many days (today included): an average, in effect. */
    public static final int POPULAR_DAYS = 30;
    /** "Trending": the growth of active installations over this many days. */
    public static final int TREND_DAYS = 7;
    /** "Trending": what the base of the growth is padded with, so that 0 → 2 does not outrank 1 000 → 1 500. */
    public static final int TREND_DAMPING = 10;

    private static final String FIGURES = "on_day, region, test, installs, uninstalls, active, updates, views, clicks, "
            + "ratings, rest_calls";

    /** How a solution ranks in the catalog: {@code popularity} for "Popular", {@code trend} for "Trending". */
    public record Rank(long popularity, double trend) {
    }

    /** One stored row: a day's figures of a solution (or the market) in a region, customers' or test accounts'. */
    public record Row(LocalDate day, String region, boolean test, Figures figures) {
    }

    private final JdbcClient jdbc;
    private final Solutions solutions;
    private final Revisions revisions;
    private final Regions regions;
    private final Messages messages;

    Analytics(DataSource dataSource, Solutions solutions, Revisions revisions, Regions regions, Messages messages) {
        this.jdbc = JdbcClient.create(dataSource);
        this.solutions = solutions;
        this.revisions = revisions;
        this.regions = regions;
        this.messages = messages;
    }

    /** The period a request names: {@code to} today by default, {@code from} 29 days before; at most a year. */
    public record Period(LocalDate from, LocalDate to) {
    }

    public Period period(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(ZoneOffset.UTC) : day("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(29) : day("from", from);
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new InvalidInput(List.of(messages.violation("from", null, "analytics.error.period", MAX_DAYS)));
        }
        return new Period(start, end);
    }

    /** The last {@code days} days to today. */
    public static Period last(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new Period(today.minusDays(Math.min(Math.max(days, 1), MAX_DAYS) - 1L), today);
    }

    /** An ISO date of a request; a violation of the field when it is none. */
    public LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(List.of(messages.violation(field, null, "analytics.error.date")));
        }
    }

    /** A solution's figures, for its partner's users and the managers. */
    public AnalyticsReport solution(SoukUser user, String code, Period period, String region) {
        List<String> codes = regionsOf(user, code);
        List<Row> rows = rows(code, period);
        return report(code, period, region, codes, rows);
    }

    /** The stored rows of a solution in the period (the CSV), for its partner's users and the managers. */
    public List<Row> solutionRows(SoukUser user, String code, Period period) {
        regionsOf(user, code);
        return rows(code, period);
    }

    /** The whole market's figures, for managers. */
    public AnalyticsReport market(SoukUser user, Period period, String region) {
        return report(null, period, region, regions.all().stream().map(org.souk.market.Region::code).toList(),
                marketRows(user, period));
    }

    public List<Row> marketRows(SoukUser user, Period period) {
        if (!user.has(Role.MANAGER)) {
            throw new NotAllowed(null, messages.get("analytics.error.managers"));
        }
        List<Row> rows = new ArrayList<>();
        jdbc.sql("SELECT " + FIGURES + " FROM analytics_market_day WHERE on_day >= :from AND on_day <= :to ORDER BY on_day")
                .param("from", period.from()).param("to", period.to()).query(collect(rows));
        return rows;
    }

    /** The solution's regions in the order they were added; checks that the user may read its figures. */
    private List<String> regionsOf(SoukUser user, String code) {
        if (user.has(Role.MANAGER)) {
            return revisions.owner(code).regions();
        }
        return solutions.get(user, code).regions();
    }

    private List<Row> rows(String code, Period period) {
        List<Row> rows = new ArrayList<>();
        jdbc.sql("SELECT " + FIGURES + " FROM analytics_day WHERE solution_code = :code AND on_day >= :from "
                + "AND on_day <= :to ORDER BY on_day").param("code", code).param("from", period.from())
                .param("to", period.to()).query(collect(rows));
        return rows;
    }

    private static org.springframework.jdbc.core.RowCallbackHandler collect(List<Row> rows) {
        return row -> rows.add(new Row(row.getObject(1, LocalDate.class), row.getString(2), row.getBoolean(3),
                new Figures(row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8),
                        row.getLong(9), row.getLong(10), row.getLong(11))));
    }

    private AnalyticsReport report(String code, Period period, String region, List<String> regionCodes,
            List<Row> rows) {
        String chosen = region == null || region.isBlank() || !regionCodes.contains(region.strip()) ? null
                : region.strip();
        Map<LocalDate, Figures> customers = new HashMap<>();
        Map<LocalDate, Figures> test = new HashMap<>();
        Map<String, Map<LocalDate, Figures>> byRegion = new HashMap<>();
        for (Row row : rows) {
            if (row.test()) {
                if (chosen == null || chosen.equals(row.region())) {
                    test.merge(row.day(), row.figures(), Figures::plus);
                }
                continue;
            }
            byRegion.computeIfAbsent(row.region(), r -> new TreeMap<>()).merge(row.day(), row.figures(),
                    Figures::plus);
            if (chosen == null || chosen.equals(row.region())) {
                customers.merge(row.day(), row.figures(), Figures::plus);
            }
        }
        List<AnalyticsReport.Day> days = new ArrayList<>();
        Figures total = Figures.NONE;
        Figures testTotal = Figures.NONE;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            Figures figures = customers.getOrDefault(day, Figures.NONE);
            days.add(new AnalyticsReport.Day(day, figures));
            total = total.then(figures);
            testTotal = testTotal.then(test.getOrDefault(day, Figures.NONE));
        }
        // the regions' names in one query, not one a region
        Map<String, String> names = new HashMap<>();
        regions.all().forEach(r -> names.put(r.code(), r.name()));
        List<AnalyticsReport.RegionTotal> regionTotals = new ArrayList<>();
        for (String regionCode : regionCodes) {
            Figures sum = Figures.NONE;
            for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                sum = sum.then(byRegion.getOrDefault(regionCode, Map.of()).getOrDefault(day, Figures.NONE));
            }
            regionTotals.add(new AnalyticsReport.RegionTotal(regionCode, names.getOrDefault(regionCode, regionCode),
                    sum));
        }
        return new AnalyticsReport(code, period.from(), period.to(), chosen, regionCodes.stream()
                .map(c -> new AnalyticsReport.RegionName(c, names.getOrDefault(c, c))).toList(), days, total, testTotal,
                regionTotals);
    }

    /** Every solution's rank from the customers' rows of the last {@value #POPULAR_DAYS} days. */
    public Map<String, Rank> ranks() {
        return ranks(null);
    }

    /** One solution's rank (nothing rolled up: 0 and 0). */
    public Rank rank(String code) {
        return ranks(code).getOrDefault(code, new Rank(0, 0));
    }

    private Map<String, Rank> ranks(String code) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate before = today.minusDays(TREND_DAYS);
        Map<String, long[]> figures = new HashMap<>();
        var query = jdbc.sql("SELECT solution_code, on_day, SUM(active) FROM analytics_day WHERE test = FALSE "
                + "AND on_day > :first AND on_day <= :today" + (code == null ? "" : " AND solution_code = :code")
                + " GROUP BY solution_code, on_day").param("first", today.minusDays(POPULAR_DAYS)).param("today", today);
        (code == null ? query : query.param("code", code)).query(row -> {
            long[] sums = figures.computeIfAbsent(row.getString(1), c -> new long[3]);
            LocalDate day = row.getObject(2, LocalDate.class);
            long active = row.getLong(3);
            sums[0] += active;
            if (day.equals(today)) {
                sums[1] = active;
            } else if (day.equals(before)) {
                sums[2] = active;
            }
        });
        Map<String, Rank> ranks = new HashMap<>();
        figures.forEach((solution, sums) -> ranks.put(solution, new Rank(sums[0], trend(sums[2], sums[1]))));
        return ranks;
    }

    /**
     * "Trending": the growth of active installations over {@value #TREND_DAYS} days, relative to where they were
     * and damped by {@value #TREND_DAMPING}: {@code (now - before) / (before + 10)}. 0 → 2 gives 0.2, 10 → 20
     * gives 0.5, 1 000 → 1 500 gives 0.495; a decline is negative.
     */
    public static double trend(long before, long now) {
        return (double) (now - before) / (before + TREND_DAMPING);
    }
}
