package org.souk.analytics.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.souk.analytics.Analytics;
import org.souk.analytics.Figures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The stored rows as CSV (RFC 4180): one line per day, region and audience that has a figure, oldest first. */
final class AnalyticsCsv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String HEADER = "day,region,audience,installs,uninstalls,active,updates,views,"
            + "install_clicks,ratings,rest_calls\r\n";

    private AnalyticsCsv() {
    }

    static ResponseEntity<String> of(List<Analytics.Row> rows, String region, String name) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Analytics.Row row : rows) {
            if (region != null && !region.isBlank() && !region.strip().equals(row.region())) {
                continue;
            }
            Figures f = row.figures();
            csv.append(row.day()).append(',').append(row.region()).append(',')
                    .append(row.test() ? "test_accounts" : "customers");
            for (long value : new long[] { f.installs(), f.uninstalls(), f.active(), f.updates(), f.views(),
                f.installClicks(), f.ratings(), f.restCalls() }) {
                csv.append(',').append(value);
            }
            csv.append("\r\n");
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv")
                        .build().toString())
                .body(csv.toString());
    }
}
