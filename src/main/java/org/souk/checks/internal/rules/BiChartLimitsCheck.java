package org.souk.checks.internal.rules;

import java.util.List;
import java.util.Locale;

import org.souk.checks.Severity;
import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/**
 * T-BI-5, so that a report never loads a customer's whole history: every chart filters by a date range
 * and sets a row limit (more than the recommended 1000 is a warning); table charts page on the server;
 * every dashboard has an explicit date-range filter; dropdown filters are limited to the date range
 * (otherwise their list of values is read from all the data).
 */
@Component
class BiChartLimitsCheck extends BiCheck {

    static final int RECOMMENDED_ROWS = 1000;

    BiChartLimitsCheck(BiManifests manifests) {
        super("T-BI-5", manifests);
    }

    @Override
    void check(BiManifest manifest, String partner, Findings findings) {
        for (BiManifest.Dashboard dashboard : manifest.dashboards()) {
            if (!hasDateRange(dashboard.filters())) {
                findings.add(FIELD, "dashboardDateRange", at(dashboard.path(), dashboard.name()));
            }
            dropdowns(dashboard.filters(), findings);
            for (BiManifest.Chart chart : dashboard.charts()) {
                if (!hasDateRange(chart.filters())) {
                    findings.add(FIELD, "chartDateRange", at(chart.path(), chart.code()));
                }
                dropdowns(chart.filters(), findings);
                if (chart.rowLimit() == null || chart.rowLimit() <= 0) {
                    findings.add(FIELD, "rowLimit", at(chart.path() + ".rowLimit", chart.code()),
                            String.valueOf(RECOMMENDED_ROWS));
                } else if (chart.rowLimit() > RECOMMENDED_ROWS) {
                    findings.add(Severity.WARNING, FIELD, "rowLimitHigh", at(chart.path() + ".rowLimit",
                            chart.code()), String.valueOf(chart.rowLimit()), String.valueOf(RECOMMENDED_ROWS));
                }
                if ("table".equalsIgnoreCase(chart.type())
                        && !"server".equals(chart.pagination() == null ? null
                                : chart.pagination().toLowerCase(Locale.ROOT))) {
                    findings.add(FIELD, "pagination", at(chart.path() + ".pagination", chart.code()));
                }
            }
        }
    }

    private static boolean hasDateRange(List<BiManifest.Filter> filters) {
        return filters.stream().anyMatch(f -> BiManifest.DATE_RANGE.equals(f.type()));
    }

    private static void dropdowns(List<BiManifest.Filter> filters, Findings findings) {
        filters.stream()
                .filter(f -> f.type() != null && BiManifest.DROPDOWNS.contains(f.type().toLowerCase(Locale.ROOT)))
                .filter(f -> !f.limitedToDateRange())
                .forEach(f -> findings.add(FIELD, "dropdown", at(f.path(), f.column())));
    }
}
