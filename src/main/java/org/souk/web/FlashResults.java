package org.souk.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a page says what a step did after its redirect: a notice, or the rule that kept it back. */
public final class FlashResults {

    private FlashResults() {
    }

    /** Runs a step; {@code notice} (when not null) after success, else the broken rules with their fields. */
    public static void attempt(RedirectAttributes redirect, String notice, Runnable step) {
        try {
            step.run();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.violations().stream()
                    .map(v -> (v.field() == null ? "" : v.field() + ": ") + (v.rule() == null ? "" : v.rule() + " ")
                            + v.message())
                    .reduce((a, b) -> a + " " + b).orElse(e.getMessage()));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", withRule(e.rule(), e.getMessage()));
        } catch (NotAllowed e) {
            redirect.addFlashAttribute("error", withRule(e.rule(), e.getMessage()));
        }
    }

    private static String withRule(String rule, String message) {
        return rule == null ? message : rule + ": " + message;
    }
}
