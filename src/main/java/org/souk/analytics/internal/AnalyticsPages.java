package org.souk.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.souk.analytics.Analytics;
import org.souk.analytics.AnalyticsReport;
import org.souk.analytics.Figures;
import org.souk.identity.SoukUser;
import org.souk.solution.Solutions;
import org.souk.web.FlashResults;
import org.souk.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The solution's Analytics tab in the developer's area and the managers' market page: the last 30, 90 or 365
 * days in charts (uPlot, drawn by analytics.js from the table) and in the table beside them, per region, with
 * the CSV of the same period.
 */
@Controller
class AnalyticsPages {

    /** The periods offered, in days. */
    static final List<Integer> PERIODS = List.of(30, 90, 365);

    private final Analytics analytics;
    private final Solutions solutions;
    private final RollUpJob job;
    private final FlashResults flash;
    private final Messages messages;

    AnalyticsPages(Analytics analytics, Solutions solutions, RollUpJob job, FlashResults flash, Messages messages) {
        this.analytics = analytics;
        this.solutions = solutions;
        this.job = job;
        this.flash = flash;
        this.messages = messages;
    }

    @GetMapping("/partner/solutions/{code}/analytics")
    String solution(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "30") int days, @RequestParam(required = false) String region, Model model) {
        model.addAttribute("solution", solutions.get(user, code));
        return page(model, analytics.solution(user, code, Analytics.last(period(days)), region), period(days),
                "/partner/solutions/" + code + "/analytics", "analytics/solution");
    }

    @GetMapping("/partner/solutions/{code}/analytics.csv")
    ResponseEntity<String> solutionCsv(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "30") int days, @RequestParam(required = false) String region) {
        Analytics.Period period = Analytics.last(period(days));
        return AnalyticsCsv.of(analytics.solutionRows(user, code, period), region,
                "analytics-" + code + "-" + period.from() + "-" + period.to());
    }

    @GetMapping("/manage/analytics")
    String market(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "30") int days,
            @RequestParam(required = false) String region, Model model) {
        return page(model, analytics.market(user, Analytics.last(period(days)), region), period(days),
                "/manage/analytics", "analytics/market");
    }

    @GetMapping("/manage/analytics.csv")
    ResponseEntity<String> marketCsv(@AuthenticationPrincipal SoukUser user,
            @RequestParam(defaultValue = "30") int days, @RequestParam(required = false) String region) {
        Analytics.Period period = Analytics.last(period(days));
        return AnalyticsCsv.of(analytics.marketRows(user, period), region,
                "analytics-market-" + period.from() + "-" + period.to());
    }

    @PostMapping("/manage/analytics/backfill")
    String backfill(@RequestParam(required = false) String from, RedirectAttributes redirect) {
        flash.attempt(redirect, null, () -> {
            RollUpJob.Backfill done = job.backfill(from == null || from.isBlank() ? job.earliest()
                    : analytics.day("from", from));
            redirect.addFlashAttribute("notice", messages.get("analytics.backfill.done", done.days(), done.from(),
                    done.rows()));
        });
        return "redirect:/manage/analytics";
    }

    private static int period(int days) {
        return PERIODS.contains(days) ? days : PERIODS.get(0);
    }

    private static String page(Model model, AnalyticsReport report, int days, String path, String view) {
        model.addAttribute("report", report);
        model.addAttribute("days", days);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("path", path);
        // newest first in the table; the charts draw them in time order
        List<TableRow> newestFirst = new ArrayList<>(report.days().size());
        for (AnalyticsReport.Day day : report.days()) {
            newestFirst.add(TableRow.of(day));
        }
        Collections.reverse(newestFirst);
        model.addAttribute("rows", newestFirst);
        return view;
    }

    /**
     * A row of the table: the day and its figures in the columns' order (active, installs, uninstalls, updates,
     * views, install clicks, ratings, REST calls), so that the template writes each cell from a plain value.
     */
    record TableRow(LocalDate day, List<Long> cells) {

        static TableRow of(AnalyticsReport.Day day) {
            Figures f = day.figures();
            return new TableRow(day.day(), List.of(f.active(), f.installs(), f.uninstalls(), f.updates(), f.views(),
                    f.installClicks(), f.ratings(), f.restCalls()));
        }
    }
}
