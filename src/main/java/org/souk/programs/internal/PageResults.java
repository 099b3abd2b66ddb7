package org.souk.programs.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Violation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the pages of this module show the outcome of a step: errors by field, and a notice or error after a redirect. */
final class PageResults {

    private PageResults() {
    }

    /** The broken rules of a form by field, each shown beside its input (the message carries the rule id). */
    static Map<String, String> byField(List<Violation> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        violations.forEach(v -> fields.merge(v.field() == null ? "" : v.field(), v.message(), (a, b) -> a + " " + b));
        return fields;
    }

    /** Runs a step; the page after the redirect says it was done, or which field and rule kept it back. */
    static void attempt(RedirectAttributes redirect, String notice, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.violations().stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + " " + b).orElse(e.getMessage()));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.rule() == null ? e.getMessage() : e.rule() + ": " + e.getMessage());
        }
    }
}
