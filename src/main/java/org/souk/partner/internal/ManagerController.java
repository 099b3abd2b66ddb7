package org.souk.partner.internal;

import org.souk.partner.PartnerReview;
import org.souk.partner.PartnerStatus;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The market manager's pages: applications for partner status and each partner's dossier. */
@Controller
class ManagerController {

    private final PartnerReview review;
    private final PartnerDossier dossier;
    private final Messages messages;

    ManagerController(PartnerReview review, PartnerDossier dossier, Messages messages) {
        this.review = review;
        this.dossier = dossier;
        this.messages = messages;
    }

    @GetMapping("/manage/partners")
    String list(@RequestParam(required = false) PartnerStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("partners", review.page(status, q, page, PageResponse.htmlSize(size)));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", PartnerStatus.values());
        return "partner/manage-list";
    }

    @GetMapping("/manage/partners/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("dossier", dossier.of(code));
        return "partner/manage-partner";
    }

    @PostMapping("/manage/partners/{code}/approval")
    String approve(@PathVariable String code, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            review.approve(code, reason);
            redirect.addFlashAttribute("notice", messages.get("review.approved", code));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/manage/partners/" + code;
    }

    @PostMapping("/manage/partners/{code}/rejection")
    String reject(@PathVariable String code, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            review.reject(code, reason);
            redirect.addFlashAttribute("notice", messages.get("review.rejected", code));
        } catch (InvalidInput | Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/manage/partners/" + code;
    }
}
