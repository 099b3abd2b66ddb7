package org.souk.checks.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.BoundedCache;
import org.souk.checks.internal.Findings;

/**
 * What an archive check found in the files of a version's archive, all on the field
 * {@code version.archive}: at most ten of each kind are listed, then one finding says how many more
 * there are ({@code check.<rule>.more}). A scan depends only on the archive's bytes, so the checks keep
 * it by blob key and a repeated run costs nothing however large the archive.
 */
final class ArchiveFindings {

    static final String FIELD = "version.archive";
    static final int MAX_PER_KIND = 10;
    private static final int SNIPPET = 80;

    /** A finding to report; {@code weight} {@code null} means the check's severity as the run sets it. */
    private record Hit(Severity weight, String what, String evidence, Object[] args) {
    }

    private final List<Hit> listed = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Severity> weights = new LinkedHashMap<>();

    /** Scans cached by archive key, for one check. */
    static BoundedCache<ArchiveFindings> cache() {
        return new BoundedCache<>(64, 64L * (MAX_PER_KIND + 1) * 16, ArchiveFindings::size);
    }

    /** A finding of the check's severity; the evidence is made only for the findings listed. */
    void add(String what, Supplier<String> evidence, Object... args) {
        add(null, what, evidence, args);
    }

    /** A finding of a given, lighter weight (a recommendation). */
    void add(Severity weight, String what, Supplier<String> evidence, Object... args) {
        int count = counts.merge(what, 1, Integer::sum);
        weights.putIfAbsent(what, weight);
        if (count <= MAX_PER_KIND) {
            listed.add(new Hit(weight, what, evidence.get(), args));
        }
    }

    /** Reports the listed findings, and how many of each kind were not listed. */
    void report(Findings findings) {
        for (Hit hit : listed) {
            add(findings, hit.weight(), hit.what(), hit.evidence(), hit.args());
        }
        counts.forEach((what, count) -> {
            if (count > MAX_PER_KIND) {
                add(findings, weights.get(what), "more", null, count - MAX_PER_KIND);
            }
        });
    }

    private static void add(Findings findings, Severity weight, String what, String evidence, Object... args) {
        if (weight == null) {
            findings.add(FIELD, what, evidence, args);
        } else {
            findings.add(weight, FIELD, what, evidence, args);
        }
    }

    private long size() {
        return listed.size() + 1;
    }

    /** {@code path:line} of a position in a text file. */
    static String where(Entry entry, int index) {
        String text = entry.text();
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return entry.path() + ":" + line;
    }

    /** The text around a span on its line, at most about 80 characters. */
    static String snippet(String text, int start, int end) {
        int lineStart = start == 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int from = Math.max(lineStart, start - 20);
        int to = Math.min(lineEnd, Math.max(end, start + SNIPPET - 20));
        String around = text.substring(from, to).replaceAll("\\s+", " ").trim();
        return (from > lineStart ? "…" : "") + around + (to < lineEnd ? "…" : "");
    }
}
