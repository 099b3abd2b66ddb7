package org.souk.analytics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The figures of a solution (or of the whole market: {@code solution} null) from {@code from} to {@code to}, both
 * included, in one region or all ({@code region} null): one entry a day, oldest first (a day without any figure
 * has zeros), the period's totals, the test accounts' apart (never in the others), and each region's totals.
 */
public record AnalyticsReport(String solution, LocalDate from, LocalDate to, String region, List<RegionName> regions,
        List<Day> days, Figures total, Figures testAccounts, List<RegionTotal> byRegion) {

    /** A region the figures may be read in, with its name as people read it. */
    public record RegionName(String code, String name) {
    }

    /** The customers' figures of one day. */
    public record Day(LocalDate day, @JsonUnwrapped Figures figures) {
    }

    /** A region's customers' figures over the period. */
    public record RegionTotal(String region, String name, Figures total) {
    }

    /** Whether there is no figure at all in the period (a new solution): the pages say so instead of empty charts. */
    public boolean empty() {
        return total.empty() && testAccounts.empty();
    }
}
