package org.souk.programs.internal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SoukUser;
import org.souk.market.Regions;
import org.souk.programs.Complaint;
import org.souk.programs.ComplaintReason;
import org.souk.programs.Complaints;
import org.souk.programs.NewComplaint;
import org.souk.solution.Revisions;
import org.souk.web.ClientAddress;
import org.souk.web.FlashResults;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * G-03 on pages: the complaint form beside a solution's catalog page (anyone; anonymous ones limited per address)
 * and the moderators' queue of complaints with its three decisions.
 */
@Controller
class ComplaintPages {

    private final Complaints complaints;
    private final Revisions revisions;
    private final Regions regions;
    private final Messages messages;
    private final FlashResults flash;

    ComplaintPages(Complaints complaints, Revisions revisions, Regions regions, Messages messages,
            FlashResults flash) {
        this.flash = flash;
        this.complaints = complaints;
        this.revisions = revisions;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/apps/{code}/complaint")
    String form(@PathVariable String code, Model model) {
        return showForm(code, null, null, model);
    }

    @PostMapping("/apps/{code}/complaint")
    String file(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) ComplaintReason reason, @RequestParam(required = false) String text,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            complaints.file(user, code, new NewComplaint(reason, text), ClientAddress.current());
            redirect.addFlashAttribute("notice", messages.get("programs.complaint.sent"));
            return "redirect:/apps/" + code;
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("fieldErrors", PageResults.byField(e.violations()));
        } catch (Complaints.TooMany e) {
            response.setStatus(429);
            model.addAttribute("error", e.getMessage());
        }
        return showForm(code, reason, text, model);
    }

    private String showForm(String code, ComplaintReason reason, String text, Model model) {
        var listing = revisions.listing(code)
                .orElseThrow(() -> new NotFound(messages.get("programs.complaint.unlisted", code)));
        model.addAttribute("code", code);
        String title = listing.revision().draft().card().title(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("solutionTitle", title == null ? code : title);
        model.addAttribute("reasons", ComplaintReason.values());
        model.addAttribute("reason", reason);
        model.addAttribute("text", text);
        return "programs/complaint";
    }

    @GetMapping("/moderation/complaints")
    String queue(@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("region", region == null || region.isBlank() ? null : region);
        var queue = complaints.queue(region, page, PageResponse.htmlSize(size));
        model.addAttribute("complaints", queue);
        model.addAttribute("titles", titles(queue.items().stream().map(Complaint::solutionCode).toList()));
        return "programs/complaints";
    }

    @PostMapping("/moderation/complaints/{id}/dismissal")
    @PreAuthorize("hasRole('MODERATOR')")
    String dismiss(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return decide(redirect, () -> complaints.dismiss(moderator, id, note));
    }

    @PostMapping("/moderation/complaints/{id}/question")
    @PreAuthorize("hasRole('MODERATOR')")
    String ask(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return decide(redirect, () -> complaints.ask(moderator, id, note));
    }

    @PostMapping("/moderation/complaints/{id}/removal")
    @PreAuthorize("hasRole('MODERATOR')")
    String remove(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return decide(redirect, () -> complaints.remove(moderator, id, note));
    }

    /** The solutions' names as the catalog shows them in the reader's language, by code (one page: 50 at most). */
    private Map<String, String> titles(List<String> codes) {
        return revisions.publishedTitles(codes, LocaleContextHolder.getLocale().getLanguage());
    }

    /** The moderator's step on a complaint, and back to the queue saying how it went. */
    private String decide(RedirectAttributes redirect, Runnable step) {
        flash.attempt(redirect, messages.get("programs.complaints.done"), step);
        return "redirect:/moderation/complaints";
    }
}
