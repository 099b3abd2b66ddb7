package org.souk.analytics.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.analytics.Analytics;
import org.souk.analytics.AnalyticsReport;
import org.souk.identity.SoukUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partner's numbers and the market's totals through the API (api.md, "Analytics"). */
@RestController
@Tag(name = "Analytics", description = "Daily figures of a solution and of the market, rolled up by a job")
class AnalyticsApi {

    private static final String PERIOD = " from, to: ISO dates (UTC days, both included; by default the last 30 "
            + "days), at most 366 days; region: one of the regions' codes (default: all). Test accounts are never in "
            + "the days or totals, only in testAccounts. Figures of today are those of the last roll-up "
            + "(souk.analytics.refresh-every).";

    private final Analytics analytics;
    private final RollUpJob job;

    AnalyticsApi(Analytics analytics, RollUpJob job) {
        this.analytics = analytics;
        this.job = job;
    }

    @GetMapping(value = "/api/v1/solutions/{code}/analytics", produces = "application/json")
    @Operation(summary = "A solution's daily figures: installs, uninstalls, active, updates, views, install clicks, "
            + "ratings, REST calls", description = "For the solution's partner's users and the market's managers "
                    + "(anyone else: 404)." + PERIOD + " With Accept: text/csv the stored rows as CSV.")
    AnalyticsReport solution(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String region) {
        return analytics.solution(user, code, analytics.period(from, to), region);
    }

    @GetMapping(value = "/api/v1/solutions/{code}/analytics", produces = "text/csv")
    @Operation(summary = "A solution's daily rows as CSV: day, region, audience (customers or test_accounts) and "
            + "the figures", description = "As the JSON answer, for Accept: text/csv.")
    ResponseEntity<String> solutionCsv(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String region) {
        Analytics.Period period = analytics.period(from, to);
        return AnalyticsCsv.of(analytics.solutionRows(user, code, period), region,
                "analytics-" + code + "-" + period.from() + "-" + period.to());
    }

    @GetMapping(value = "/api/v1/admin/analytics", produces = "application/json")
    @Operation(summary = "The market's daily totals over every solution, for managers", description = PERIOD)
    AnalyticsReport market(@AuthenticationPrincipal SoukUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String region) {
        return analytics.market(user, analytics.period(from, to), region);
    }

    @GetMapping(value = "/api/v1/admin/analytics", produces = "text/csv")
    @Operation(summary = "The market's daily totals as CSV, for managers", description = "As the JSON answer, for "
            + "Accept: text/csv.")
    ResponseEntity<String> marketCsv(@AuthenticationPrincipal SoukUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String region) {
        Analytics.Period period = analytics.period(from, to);
        return AnalyticsCsv.of(analytics.marketRows(user, period), region,
                "analytics-market-" + period.from() + "-" + period.to());
    }

    @PostMapping("/api/v1/admin/analytics/backfill")
    @Operation(summary = "Rebuild the daily rows from the stored records, from a day to today (managers)",
            description = "from: an ISO date; by default the day of the first stored installation or review. Runs "
                    + "while the request waits, holding the roll-up's lock (409 while a roll-up runs). REST calls "
                    + "are only in the call log for 3 days: older days keep the REST calls they were rolled up with. "
                    + "For a long history use souk.analytics.backfill-from at start instead.")
    RollUpJob.Backfill backfill(@RequestParam(required = false) String from) {
        return job.backfill(from == null || from.isBlank() ? job.earliest() : analytics.day("from", from));
    }
}
