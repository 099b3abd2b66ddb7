package org.souk.programs.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.souk.web.Violation;

/** The broken rules of a form by field, as the pages of this module show them. */
final class PageResults {

    private PageResults() {
    }

    /** The broken rules of a form by field, each shown beside its input (the message carries the rule id). */
    static Map<String, String> byField(List<Violation> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        violations.forEach(v -> fields.merge(v.field() == null ? "" : v.field(), v.message(), (a, b) -> a + " " + b));
        return fields;
    }
}
