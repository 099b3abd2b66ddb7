package org.souk.checks.internal.rules;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/**
 * T-BI-4: metrics and calculated fields live in the data source, not in a chart: a chart names its
 * dataset and shows metrics by their codes, each defined in that dataset; an ad-hoc metric, a chart's
 * own calculated field, expression or SQL is refused, since no other chart and no customer's own
 * report can reuse it.
 */
@Component
class BiMetricsInDatasetCheck extends BiCheck {

    BiMetricsInDatasetCheck(BiManifests manifests) {
        super("T-BI-4", manifests);
    }

    @Override
    void check(BiManifest manifest, String partner, Findings findings) {
        Map<String, BiManifest.Dataset> datasets = manifest.datasets().stream().filter(d -> d.code() != null)
                .collect(Collectors.toMap(BiManifest.Dataset::code, Function.identity(), (a, b) -> a));
        for (BiManifest.Dashboard dashboard : manifest.dashboards()) {
            for (BiManifest.Chart chart : dashboard.charts()) {
                chart.inline().forEach(path -> findings.add(FIELD, "inChart", at(path, chart.code())));
                BiManifest.Dataset dataset = chart.dataset() == null ? null : datasets.get(chart.dataset());
                if (dataset == null) {
                    findings.add(FIELD, "unknownDataset", at(chart.path() + ".dataset", chart.dataset()),
                            String.valueOf(chart.dataset()));
                    continue;
                }
                for (String metric : chart.metrics()) {
                    if (!dataset.defines(metric)) {
                        findings.add(FIELD, "undefined", at(chart.path() + ".metrics", metric), metric,
                                dataset.code());
                    }
                }
            }
        }
    }
}
