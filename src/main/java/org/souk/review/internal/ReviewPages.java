package org.souk.review.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SoukUser;
import org.souk.review.ReportReason;
import org.souk.review.Review;
import org.souk.review.Reviews;
import org.souk.solution.Revisions;
import org.souk.web.Conflict;
import org.souk.web.FlashResults;
import org.souk.web.Forms;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.souk.web.PageResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of ratings and reviews: one's own review of a solution (signed in: /reviews/** is not public), the
 * report form, the partner's reviews with their replies, the moderators' tab. The catalog's solution page shows
 * the ratings and the reviews themselves (templates/review/fragments.html).
 */
@Controller
class ReviewPages {

    private static final int PAGE_SIZE = 20;

    private final Reviews reviews;
    private final Revisions revisions;
    private final Messages messages;
    private final FlashResults flash;

    ReviewPages(Reviews reviews, Revisions revisions, Messages messages, FlashResults flash) {
        this.reviews = reviews;
        this.revisions = revisions;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/reviews/{code}/mine")
    String mine(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @ModelAttribute("form") ReviewForm form, Model model, HttpServletResponse response) {
        reviews.mine(user, code).ifPresent(review -> {
            form.setRating(review.rating());
            form.setReviewText(review.text());
            model.addAttribute("review", review);
        });
        return showForm(user, code, model, response);
    }

    @PostMapping("/reviews/{code}/mine")
    String write(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @ModelAttribute("form") ReviewForm form, BindingResult binding, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        reviews.mine(user, code).ifPresent(review -> model.addAttribute("review", review));
        if (binding.hasErrors()) {
            response.setStatus(422);
            return showForm(user, code, model, response);
        }
        try {
            Review saved = reviews.write(user, code, form.getRating(), form.getReviewText());
            redirect.addFlashAttribute("notice", messages.get("review.saved"));
            return "redirect:/apps/" + code + "#review-" + saved.id();
        } catch (InvalidInput e) {
            // the service names the API's field, "text"
            Forms.reject(binding, new InvalidInput(e.violations().stream().map(v -> "text".equals(v.field())
                    ? new Violation("reviewText", v.rule(), v.message()) : v).toList()));
            response.setStatus(422);
        } catch (NotAllowed e) {
            response.setStatus(403);
            model.addAttribute("error", e.getMessage());
        }
        return showForm(user, code, model, response);
    }

    private String showForm(SoukUser user, String code, Model model, HttpServletResponse response) {
        Reviews.Eligibility eligibility = reviews.eligibility(user, code);
        if (!eligibility.allowed() && response.getStatus() < 400) {
            response.setStatus(403);
        }
        model.addAttribute("code", code);
        model.addAttribute("solutionTitle", title(code));
        model.addAttribute("eligibility", eligibility);
        model.addAttribute("maxText", Reviews.MAX_TEXT);
        return "review/form";
    }

    @GetMapping("/reviews/{id}/report")
    String reportForm(@PathVariable long id, Model model) {
        return showReport(reviews.get(id), null, model);
    }

    @PostMapping("/reviews/{id}/report")
    String report(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestParam(required = false) ReportReason reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Review review = reviews.get(id);
        try {
            reviews.report(user, id, reason);
            redirect.addFlashAttribute("notice", messages.get("review.report.sent"));
            return "redirect:/apps/" + review.solutionCode();
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("reasonError", e.getMessage());
        } catch (Conflict e) {
            response.setStatus(409);
            model.addAttribute("error", e.getMessage());
        }
        return showReport(review, reason, model);
    }

    private String showReport(Review review, ReportReason reason, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("solutionTitle", title(review.solutionCode()));
        model.addAttribute("reasons", ReportReason.values());
        model.addAttribute("reason", reason);
        return "review/report";
    }

    @GetMapping("/partner/reviews")
    String partner(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("reviews", reviews.ofMyPartner(user, page, PAGE_SIZE));
        model.addAttribute("maxText", Reviews.MAX_TEXT);
        return "review/partner";
    }

    @PostMapping("/partner/reviews/{id}/reply")
    String reply(@AuthenticationPrincipal SoukUser user, @PathVariable long id, @ModelAttribute TextForm form,
            BindingResult binding, @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        if (!refused(binding, redirect)) {
            flash.attempt(redirect, messages.get("review.reply.saved"),
                    () -> reviews.reply(user, id, form.getReplyText()));
        }
        return "redirect:/partner/reviews?page=" + page + "#review-" + id;
    }

    @GetMapping("/moderation/reviews")
    String queue(@RequestParam(defaultValue = "open") String view, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size, Model model) {
        boolean hidden = "hidden".equals(view);
        model.addAttribute("view", hidden ? "hidden" : "open");
        model.addAttribute("items", reviews.queue(hidden, page, PageResponse.htmlSize(size)));
        model.addAttribute("waiting", reviews.waiting());
        return "review/moderation";
    }

    @PostMapping("/moderation/reviews/{id}/hiding")
    @PreAuthorize("hasRole('MODERATOR')")
    String hide(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, @ModelAttribute TextForm form,
            BindingResult binding, @RequestParam(defaultValue = "open") String view, RedirectAttributes redirect) {
        return moderate(binding, redirect, view, "review.moderation.done.hidden",
                () -> reviews.hide(moderator, id, form.getReason()));
    }

    @PostMapping("/moderation/reviews/{id}/restoration")
    @PreAuthorize("hasRole('MODERATOR')")
    String restore(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, @ModelAttribute TextForm form,
            BindingResult binding, @RequestParam(defaultValue = "open") String view, RedirectAttributes redirect) {
        return moderate(binding, redirect, view, "review.moderation.done.restored",
                () -> reviews.restore(moderator, id, form.getReason()));
    }

    /** A moderator's step, and back to the list it was taken on, saying how it went. */
    private String moderate(BindingResult binding, RedirectAttributes redirect, String view, String done,
            Runnable step) {
        if (!refused(binding, redirect)) {
            flash.attempt(redirect, messages.get(done), step);
        }
        return "redirect:/moderation/reviews?view=" + ("hidden".equals(view) ? "hidden" : "open");
    }

    /** A field that is not plain text (PlainText): its message, and nothing done. */
    private static boolean refused(BindingResult binding, RedirectAttributes redirect) {
        FieldError error = binding.getFieldError();
        if (error == null) {
            return false;
        }
        redirect.addFlashAttribute("error", error.getDefaultMessage());
        return true;
    }

    private String title(String code) {
        var listing = revisions.listing(code)
                .orElseThrow(() -> new NotFound(messages.get("review.error.unlisted", code)));
        String title = listing.revision().draft().card().title(LocaleContextHolder.getLocale().getLanguage());
        return title == null ? code : title;
    }
}
