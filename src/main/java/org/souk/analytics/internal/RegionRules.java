package org.souk.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which of a solution's regions a figure counts in. Customer accounts and visitors have no region, but a language
 * (the account's, or the page's): a figure counts in the first of the solution's regions whose mandatory language
 * is that language (a Russian-speaking account in "Russia"), else in the solution's home region (the one it was
 * added in). Read once per roll-up for every solution; a code that is no solution (deleted, or a made-up address)
 * has no region, and its figures are dropped.
 */
final class RegionRules {

    private record Region(String code, String language) {
    }

    private final Map<String, List<Region>> bySolution;

    private RegionRules(Map<String, List<Region>> bySolution) {
        this.bySolution = bySolution;
    }

    static RegionRules read(JdbcClient jdbc) {
        Map<String, List<Region>> all = new HashMap<>();
        jdbc.sql("""
                SELECT s.code, sr.region_code, r.mandatory_language FROM solution s
                JOIN solution_region sr ON sr.solution_id = s.id JOIN region r ON r.code = sr.region_code
                ORDER BY s.code, sr.added_at, sr.region_code""")
                .query(row -> {
                    all.computeIfAbsent(row.getString(1), code -> new ArrayList<>(1))
                            .add(new Region(row.getString(2), row.getString(3)));
                });
        return new RegionRules(all);
    }

    /** The region a figure of the solution counts in for that language; null for a code that is no solution. */
    String regionOf(String code, String language) {
        List<Region> regions = bySolution.get(code);
        if (regions == null || regions.isEmpty()) {
            return null;
        }
        for (Region region : regions) {
            if (region.language().equals(language)) {
                return region.code();
            }
        }
        return regions.get(0).code();
    }
}
