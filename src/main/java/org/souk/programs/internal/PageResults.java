package org.souk.programs.internal;

import java.util.List;
import java.util.Map;

import org.souk.web.Forms;
import org.souk.web.Violation;

/** The broken rules of a form by field, as the pages of this module show them. */
final class PageResults {

    private PageResults() {
    }

    /** The broken rules of a form by field, each shown beside its input (the message carries the rule id). */
    static Map<String, String> byField(List<Violation> violations) {
        return Forms.byField(violations);
    }
}
