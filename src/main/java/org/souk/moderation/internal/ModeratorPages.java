package org.souk.moderation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.market.Regions;
import org.souk.moderation.CannedResponses;
import org.souk.moderation.Chats;
import org.souk.moderation.Decision;
import org.souk.moderation.FieldComment;
import org.souk.moderation.ModerationDesk;
import org.souk.moderation.ModerationStats;
import org.souk.moderation.ModeratorRegions;
import org.souk.web.FlashResults;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderators' pages: the queue, the review with its decisions, chats, canned responses and numbers. */
@Controller
class ModeratorPages {

    private final ModerationDesk desk;
    private final Chats chats;
    private final CannedResponses canned;
    private final ModerationStats stats;
    private final Regions regions;
    private final ModeratorRegions moderatorRegions;
    private final Messages messages;

    private final FlashResults flash;

    ModeratorPages(ModerationDesk desk, Chats chats, CannedResponses canned, ModerationStats stats, Regions regions,
            ModeratorRegions moderatorRegions, Messages messages, FlashResults flash) {
        this.moderatorRegions = moderatorRegions;
        this.messages = messages;
        this.flash = flash;
        this.desk = desk;
        this.chats = chats;
        this.canned = canned;
        this.stats = stats;
        this.regions = regions;
    }

    /** Without a region, the moderator's own regions (every region for one without an assignment). */
    @GetMapping("/moderation")
    String queue(@AuthenticationPrincipal SoukUser moderator, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("region", region == null || region.isBlank() ? null : region);
        model.addAttribute("myRegions", moderatorRegions.of(moderator.id()));
        model.addAttribute("queue", desk.queue(moderator, region, page, PageResponse.htmlSize(size)));
        return "moderation/queue";
    }

    /** Managers assign moderators to regions (a moderator without one works every region). */
    @GetMapping("/manage/moderators")
    String moderators(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("moderators", moderatorRegions.moderators(page, PageResponse.htmlSize(size)));
        return "moderation/moderators";
    }

    @PostMapping("/manage/moderators/{id}/regions")
    String assign(@AuthenticationPrincipal SoukUser manager, @PathVariable long id,
            @RequestParam(name = "region", required = false) List<String> chosen, RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get("moderators.saved"), () -> moderatorRegions.assign(manager, id,
                chosen == null ? List.of() : chosen));
        return "redirect:/manage/moderators#moderator-" + id;
    }

    @GetMapping("/moderation/submissions/{id}")
    String review(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, Model model) {
        var review = desk.review(moderator, id);
        model.addAttribute("review", review);
        model.addAttribute("mine", moderator.email().equals(review.entry().claimedBy()));
        return "moderation/review";
    }

    @PostMapping("/moderation/submissions/{id}/claim")
    @PreAuthorize("hasRole('MODERATOR')")
    String claim(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, id, () -> desk.claim(moderator, id));
    }

    @PostMapping("/moderation/submissions/{id}/release")
    @PreAuthorize("hasRole('MODERATOR')")
    String release(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, id, () -> desk.release(moderator, id));
    }

    /**
     * One form for the three decisions: the button pressed names it; the comment, the remarks per field
     * ({@code field.N} / {@code remark.N}, put beside the fields by clicking them on the review page) and the
     * checklist ({@code checklist[RULE]}) come along. The page asks to confirm before it sends; a refused
     * decision brings back what was written.
     */
    @PostMapping("/moderation/submissions/{id}/decision")
    @PreAuthorize("hasRole('MODERATOR')")
    String decide(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id, @RequestParam String outcome,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Decision decision = decision(form);
        flash.attempt(redirect, messages.get("review.decided." + outcome), () -> {
            switch (outcome) {
                case "approve" -> desk.approve(moderator, id, decision);
                case "return" -> desk.returnForRevision(moderator, id, decision);
                case "refuse" -> desk.refuse(moderator, id, decision);
                default -> throw new InvalidInput(new Violation("outcome", "M-04", outcome));
            }
        });
        if (redirect.getFlashAttributes().containsKey("error")) {
            redirect.getFlashAttributes().remove("notice");
            redirect.addFlashAttribute("comment", decision.comment());
            // kept in the session between the two requests: serializable maps, not records
            LinkedHashMap<String, String> remarks = new LinkedHashMap<>();
            decision.fieldComments().forEach(r -> remarks.put(r.field(), r.comment()));
            redirect.addFlashAttribute("keptRemarks", remarks);
            redirect.addFlashAttribute("keptChecklist", new LinkedHashMap<>(decision.checklist()));
        }
        return "redirect:/moderation/submissions/" + id + (redirect.getFlashAttributes().containsKey("error")
                ? "#decision" : "#outcome");
    }

    @PostMapping("/moderation/submissions/{id}/cancellation")
    @PreAuthorize("hasRole('MODERATOR')")
    String confirmCancellation(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            RedirectAttributes redirect) {
        return act(redirect, id, () -> desk.confirmCancellation(moderator, id));
    }

    @PostMapping("/moderation/solutions/{code}/removal")
    @PreAuthorize("hasRole('MODERATOR')")
    String remove(@AuthenticationPrincipal SoukUser moderator, @PathVariable String code,
            @RequestParam(required = false) String reason, @RequestParam long submission,
            RedirectAttributes redirect) {
        return act(redirect, submission, () -> desk.remove(moderator, code, reason));
    }

    @PostMapping("/moderation/solutions/{code}/reinstatement")
    @PreAuthorize("hasRole('MODERATOR')")
    String reinstate(@AuthenticationPrincipal SoukUser moderator, @PathVariable String code,
            @RequestParam long submission, RedirectAttributes redirect) {
        return act(redirect, submission, () -> desk.reinstate(moderator, code));
    }

    /** The images of a submission and of the revision it replaces, for the review's before and after. */
    @GetMapping("/moderation/submissions/{id}/media/{key}")
    ResponseEntity<InputStreamResource> media(
            @PathVariable long id, @PathVariable String key) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(desk.media(id, key)));
    }

    @GetMapping("/moderation/chats")
    String chats(@AuthenticationPrincipal SoukUser moderator, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Model model) {
        model.addAttribute("threads", chats.threads(moderator, page, PageResponse.htmlSize(size)));
        return "moderation/chats";
    }

    @GetMapping("/moderation/chats/{partnerCode}/{region}")
    String thread(@AuthenticationPrincipal SoukUser moderator, @PathVariable String partnerCode,
            @PathVariable String region, Model model) {
        model.addAttribute("thread", chats.ofPartner(moderator, partnerCode, region));
        model.addAttribute("postTo", "/moderation/chats/" + partnerCode + "/" + region);
        return "moderation/thread";
    }

    @PostMapping("/moderation/chats/{partnerCode}/{region}")
    String post(@AuthenticationPrincipal SoukUser moderator, @PathVariable String partnerCode,
            @PathVariable String region, @RequestParam(required = false) String body,
            @RequestParam(required = false) Long submissionId, RedirectAttributes redirect) {
        try {
            chats.postToPartner(moderator, partnerCode, region, body, submissionId);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("draft", body);
        }
        return "redirect:/moderation/chats/" + partnerCode + "/" + region + "#last";
    }

    @GetMapping("/moderation/canned")
    String canned(Model model) {
        model.addAttribute("responses", canned.all());
        return "moderation/canned";
    }

    @PostMapping("/moderation/canned")
    @PreAuthorize("hasRole('MANAGER')")
    String saveCanned(@AuthenticationPrincipal SoukUser manager, @RequestParam(required = false) Long id,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, RedirectAttributes redirect) {
        try {
            CannedResponses.Form form = new CannedResponses.Form(rule, title, body);
            if (id == null) {
                canned.add(manager, form);
            } else {
                canned.update(manager, id, form);
            }
            redirect.addFlashAttribute("notice", title);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.violations().stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + " " + b).orElse(e.getMessage()));
            redirect.addFlashAttribute("draft", new CannedResponses.Form(rule, title, body));
            redirect.addFlashAttribute("draftId", id);
        }
        return "redirect:/moderation/canned";
    }

    @PostMapping("/moderation/canned/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String deleteCanned(@PathVariable long id) {
        canned.delete(id);
        return "redirect:/moderation/canned";
    }

    /** Moderators read their own numbers too, as the managers do. */
    @GetMapping("/moderation/stats")
    String stats(@RequestParam(defaultValue = "30") int days, Model model) {
        model.addAttribute("report", stats.report(days));
        return "moderation/stats";
    }

    private String act(RedirectAttributes redirect, long id, Runnable action) {
        flash.attempt(redirect, null, action);
        return "redirect:/moderation/submissions/" + id;
    }

    private static Decision decision(MultiValueMap<String, String> form) {
        List<FieldComment> remarks = new ArrayList<>();
        Map<String, String> checklist = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            if (name.startsWith("checklist[") && name.endsWith("]")) {
                checklist.put(name.substring("checklist[".length(), name.length() - 1), value);
            } else if (name.startsWith("remark.") && value != null && !value.isBlank()) {
                String field = form.getFirst("field." + name.substring("remark.".length()));
                if (field != null && !field.isBlank()) {
                    remarks.add(new FieldComment(field, value.strip()));
                }
            }
        });
        return new Decision(form.getFirst("comment"), remarks, checklist);
    }
}
