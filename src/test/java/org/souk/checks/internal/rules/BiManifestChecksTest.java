package org.souk.checks.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.souk.checks.internal.rules.ArchiveChecksTest.text;
import static org.souk.checks.internal.rules.ArchiveChecksTest.withArchive;
import static org.souk.checks.internal.rules.ArchiveChecksTest.zip;
import static org.souk.checks.internal.rules.CheckFixtures.clean;
import static org.souk.checks.internal.rules.CheckFixtures.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.checks.Finding;
import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveReader;
import org.souk.checks.internal.Check;
import org.souk.solution.Draft;
import org.souk.solution.TechnologyType;
import org.souk.storage.BlobStore;

/** T-BI-1 … T-BI-5 on manifests built here, starting from the example of docs/bi-manifest.md. */
class BiManifestChecksTest {

    @TempDir
    Path folder;

    BlobStore store;
    BiManifests manifests;

    @BeforeEach
    void store() {
        store = CheckFixtures.blobStore(folder);
        manifests = new BiManifests(new ArchiveReader(store));
    }

    /** The example of the documentation, so that the documentation and the checks never disagree. */
    static String documentedExample() throws IOException {
        String doc = Files.readString(Path.of("docs/bi-manifest.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    private List<Check> all() {
        return List.of(new BiCodesCheck(manifests), new BiDescriptionsCheck(manifests),
                new BiDashboardNamesCheck(manifests), new BiMetricsInDatasetCheck(manifests),
                new BiChartLimitsCheck(manifests));
    }

    @Test
    void theDocumentedExamplePassesEveryBiCheck() throws IOException {
        Draft report = report(Map.of("manifest.json", text(documentedExample()), "export/dashboard.yaml",
                text("dashboard_title: Sales overview [acme]")));
        for (Check check : all()) {
            assertThat(run(check, report)).as(check.rule()).isEmpty();
        }
        // other technology types have no manifest to check
        for (Check check : all()) {
            assertThat(run(check, clean())).isEmpty();
        }
    }

    @Test
    void tBi1AMissingOrUnreadableManifestIsSaidOnceNamingWhatIsWrong() {
        assertThat(messages(new BiCodesCheck(manifests), report(Map.of("readme.txt", text("hi")))))
                .containsExactly("T-BI-1: The BI report’s archive has no manifest.json at its root.");
        assertThat(messages(new BiCodesCheck(manifests), report(Map.of("sales/manifest.json", text("{}")))))
                .containsExactly("T-BI-1: The manifest is at “sales/manifest.json”, not at the archive’s root.");
        List<Finding> broken = run(new BiCodesCheck(manifests), report(Map.of("manifest.json",
                text("{\n  \"manifestVersion\": 1,\n  \"datasets\": [,]\n}"))));
        assertThat(broken).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.message()).startsWith("T-BI-1: The BI report’s manifest is unreadable: not JSON: ")
                    .contains("(line 3, column");
        });
        assertThat(messages(new BiCodesCheck(manifests), report(Map.of("manifest.json", text("""
                {"manifestVersion": 2, "datasets": {}, "dashboards": [{"name": 5, "charts": [{"rowLimit": "all"}]}]}
                """))))).containsExactly(
                "T-BI-1: The BI report’s manifest is unreadable: manifestVersion must be 1.",
                "T-BI-1: The BI report’s manifest is unreadable: datasets must be a list.",
                "T-BI-1: The BI report’s manifest is unreadable: dashboards[0].charts[0].rowLimit must be a whole number.",
                "T-BI-1: The BI report’s manifest is unreadable: dashboards[0].name must be a text.");
        assertThat(messages(new BiCodesCheck(manifests), report(Map.of("manifest.json", text("""
                {"manifestVersion": 1, "datasets": [], "dashboards": []}"""))))).containsExactly(
                "T-BI-1: The BI report’s manifest is unreadable: dashboards is empty: a BI report has at least one dashboard.");
        // the other rules do not repeat it
        Draft none = report(Map.of("readme.txt", text("hi")));
        for (Check check : all().subList(1, 5)) {
            assertThat(run(check, none)).isEmpty();
        }
    }

    @Test
    void tBi1CodesStartWithThePartnerCode() throws IOException {
        Draft report = edited(json -> json.replace("\"code\": \"acme.deals\"", "\"code\": \"deals\"")
                .replace("\"acme.revenue\"", "\"acme_revenue\"").replace("\"code\": \"acme.deal_age_days\",", ""));
        List<Finding> findings = run(new BiCodesCheck(manifests), report);
        assertThat(findings).extracting(Finding::message).containsExactly(
                "T-BI-1: The virtual dataset’s code “deals” does not start with “acme.”.",
                "T-BI-1: The metric’s code “acme_revenue” does not start with “acme.”.",
                "T-BI-1: A calculated field has no code.");
        assertThat(findings).extracting(Finding::evidence).containsExactly(
                "manifest.json: datasets[0] “deals”", "manifest.json: datasets[0].metrics[0] “acme_revenue”",
                "manifest.json: datasets[0].calculatedFields[0]");
        // the platform's own table (virtual: false) keeps its code
        assertThat(run(new BiCodesCheck(manifests), edited(json -> json))).isEmpty();
    }

    @Test
    void tBi2NameDescriptionAndApprovedBy() throws IOException {
        Draft report = edited(json -> json.replace("\"approvedBy\": \"Acme Analytics Ltd\",", "\"approvedBy\": \" \",")
                .replace("\"name\": \"Revenue\",", ""));
        List<Finding> findings = run(new BiDescriptionsCheck(manifests), report);
        assertThat(findings).extracting(Finding::message).containsExactly(
                "T-BI-2: A metric or calculated field has no name.",
                "T-BI-2: A metric or calculated field has no “Approved by”.",
                "T-BI-2: A metric or calculated field has no “Approved by”.");
        assertThat(findings.get(0).evidence()).isEqualTo("manifest.json: datasets[0].metrics[0] “acme.revenue”");
    }

    @Test
    void tBi3DashboardNamesEndWithThePartnerCode() throws IOException {
        List<Finding> findings = run(new BiDashboardNamesCheck(manifests),
                edited(json -> json.replace("Sales overview [acme]", "Sales overview (acme)")));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("T-BI-3: The dashboard’s name does not end with “ [acme]”.");
            assertThat(f.evidence()).isEqualTo("manifest.json: dashboards[0].name “Sales overview (acme)”");
        });
    }

    @Test
    void tBi4MetricsLiveInTheDataSource() throws IOException {
        Draft report = edited(json -> json.replace("\"metrics\": [\"acme.revenue\"],",
                "\"metrics\": [\"acme.revenue\", {\"label\": \"Won\", \"expression\": \"COUNT(*)\"}],"
                        + " \"sql\": \"SELECT 1\",")
                .replace("\"metrics\": [\"acme.revenue\", \"acme.deal_age_days\"]", "\"metrics\": [\"acme.margin\"]"));
        assertThat(run(new BiMetricsInDatasetCheck(manifests), report)).extracting(Finding::message).containsExactly(
                "T-BI-4: A chart defines its own metric or field.", "T-BI-4: A chart defines its own metric or field.",
                "T-BI-4: A chart shows the metric “acme.margin”, which the dataset “acme.deals” does not define.");
        Draft unknown = edited(json -> json.replace("\"dataset\": \"acme.deals\",", "\"dataset\": \"acme.leads\","));
        assertThat(run(new BiMetricsInDatasetCheck(manifests), unknown)).extracting(Finding::message).containsOnly(
                "T-BI-4: A chart uses the dataset “acme.leads”, which the manifest does not define.").hasSize(2);
    }

    @Test
    void tBi5DateRangesRowLimitsAndPagination() throws IOException {
        Draft report = edited(json -> json.replace("{ \"type\": \"dateRange\", \"column\": \"date_create\" },\n", "")
                .replace("\"limitedToDateRange\": true", "\"limitedToDateRange\": false")
                .replaceFirst("\"filters\": \\[\\{ \"type\": \"dateRange\", \"column\": \"date_create\" }],", "")
                .replaceFirst("\"rowLimit\": 1000\n", "\"rowLimit\": 5000\n")
                .replace("\"rowLimit\": 1000,", "").replace("\"pagination\": \"server\"", "\"pagination\": \"client\""));
        List<Finding> findings = run(new BiChartLimitsCheck(manifests), report);
        assertThat(findings).extracting(f -> f.severity() + " " + f.message()).containsExactly(
                "BLOCKER T-BI-5: The dashboard has no date-range filter.",
                "BLOCKER T-BI-5: A dropdown filter is not limited to the date range.",
                "BLOCKER T-BI-5: A chart does not filter by a date range.",
                "WARNING T-BI-5: A chart’s row limit is 5000; 1000 is recommended.",
                "BLOCKER T-BI-5: A chart sets no row limit.",
                "BLOCKER T-BI-5: A table chart does not page on the server.");
        assertThat(findings.get(2).evidence()).isEqualTo("manifest.json: dashboards[0].charts[0] “acme.revenue_by_month”");
    }

    private Draft edited(UnaryOperator<String> change) throws IOException {
        String json = change.apply(documentedExample());
        return report(Map.of("manifest.json", text(json)));
    }

    private Draft report(Map<String, byte[]> files) {
        byte[] zip = zip(files);
        String key = store.put(new ByteArrayInputStream(zip), 1 << 20, "application/zip").key();
        Draft draft = withArchive(clean(), TechnologyType.BI_REPORT, key, "sales-report.zip", (long) zip.length);
        return new Draft("acme.sales", draft.technologyType(), draft.regions(), draft.card(), draft.version());
    }

    private static List<String> messages(Check check, Draft draft) {
        return run(check, draft).stream().map(Finding::message).toList();
    }
}
