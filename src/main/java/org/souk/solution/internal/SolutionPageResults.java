package org.souk.solution.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.souk.solution.SolutionStatus;
import org.souk.solution.SolutionView;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.NotAllowed;
import org.souk.web.Violation;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** How the developer's area pages answer a step: the redirects, a notice or the rule broken, errors by field. */
final class SolutionPageResults {

    private SolutionPageResults() {
    }

    /** The card and version forms are read-only while on moderation (S-08) and after a removal. */
    static boolean readOnly(SolutionView view) {
        return view.status() == SolutionStatus.ON_MODERATION || view.status() == SolutionStatus.REMOVED;
    }

    static String path(String code) {
        return UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }

    /** The redirect to a page of the solution: "" its overview, "/card", "/versions/2" … */
    static String redirect(String code, String page) {
        return "redirect:/partner/solutions/" + path(code) + page;
    }

    /** A change answered by a notice, or by the rule it broke, on the page it came from. */
    static String act(RedirectAttributes redirect, String page, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (InvalidInput | Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return page;
    }

    /**
     * The service's violations onto the form, each next to its field: its paths "texts.en.title" and
     * "whatsNew.en" are the form's "texts[en].title" and "whatsNew[en]".
     */
    static void reject(BindingResult binding, InvalidInput invalid) {
        for (Violation v : invalid.violations()) {
            String code = v.rule() == null ? "invalid" : v.rule();
            String field = formPath(v.field());
            if (field != null && resolvable(binding, field)) {
                binding.rejectValue(field, code, v.message());
            } else {
                binding.reject(code, v.message());
            }
        }
    }

    static String formPath(String field) {
        if (field == null) {
            return null;
        }
        for (String map : List.of("texts", "whatsNew")) {
            if (field.startsWith(map + ".")) {
                String[] parts = field.substring(map.length() + 1).split("\\.", 2);
                return map + "[" + parts[0] + "]" + (parts.length > 1 ? "." + parts[1] : "");
            }
        }
        return field;
    }

    /** A field of the form; a whole language ("texts[xx]", an unknown one) is said above the form. */
    private static boolean resolvable(BindingResult binding, String field) {
        if (field.startsWith("texts[") && field.endsWith("]")) {
            return false;
        }
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
