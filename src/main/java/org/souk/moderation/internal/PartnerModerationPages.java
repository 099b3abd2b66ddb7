package org.souk.moderation.internal;

import java.util.List;

import org.souk.identity.SoukUser;
import org.souk.market.Regions;
import org.souk.moderation.Chats;
import org.souk.moderation.Submissions;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner's pages of moderation: a solution's "Moderation" tab, and the chats with the moderators. */
@Controller
class PartnerModerationPages {

    private final Submissions submissions;
    private final Solutions solutions;
    private final Chats chats;
    private final Regions regions;
    private final Messages messages;

    PartnerModerationPages(Submissions submissions, Solutions solutions, Chats chats, Regions regions,
            Messages messages) {
        this.messages = messages;
        this.submissions = submissions;
        this.solutions = solutions;
        this.chats = chats;
        this.regions = regions;
    }

    @GetMapping("/partner/solutions/{code}/moderation")
    String tab(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        SolutionView solution = solutions.get(user, code);
        var current = submissions.current(user, code);
        model.addAttribute("solution", solution);
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("openRegions", submissions.open(user, code));
        model.addAttribute("history", submissions.history(user, code, page, PageResponse.htmlSize(size)));
        if (!model.containsAttribute("missing")) {
            model.addAttribute("missing", current.isPresent() ? List.<Violation>of() : submissions.missing(user, code));
        }
        return "moderation/partner-tab";
    }

    @PostMapping("/partner/solutions/{code}/moderation/submit")
    String submit(@AuthenticationPrincipal SoukUser user, @PathVariable String code, RedirectAttributes redirect) {
        try {
            submissions.submit(user, code);
            redirect.addFlashAttribute("notice", messages.get("moderation.submitted"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("missing", e.violations());
            redirect.addFlashAttribute("refused", true);
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/partner/solutions/" + code + "/moderation";
    }

    @PostMapping("/partner/solutions/{code}/moderation/cancel")
    String cancel(@AuthenticationPrincipal SoukUser user, @PathVariable String code, RedirectAttributes redirect) {
        try {
            submissions.cancel(user, code);
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/partner/solutions/" + code + "/moderation";
    }

    @GetMapping("/partner/chats")
    String chats(Model model) {
        model.addAttribute("regions", regions.all());
        return "moderation/partner-chats";
    }

    @GetMapping("/partner/chats/{region}")
    String thread(@AuthenticationPrincipal SoukUser user, @PathVariable String region, Model model) {
        model.addAttribute("thread", chats.mine(user, region));
        model.addAttribute("regions", regions.all());
        model.addAttribute("postTo", "/partner/chats/" + region);
        return "moderation/partner-chats";
    }

    @PostMapping("/partner/chats/{region}")
    String post(@AuthenticationPrincipal SoukUser user, @PathVariable String region,
            @RequestParam(required = false) String body, @RequestParam(required = false) Long submissionId,
            RedirectAttributes redirect) {
        try {
            chats.postMine(user, region, body, submissionId);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("draft", body);
        }
        return "redirect:/partner/chats/" + region + "#last";
    }
}
