package org.souk.solution.internal;

import static org.souk.solution.internal.SolutionPageResults.act;
import static org.souk.solution.internal.SolutionPageResults.redirect;

import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.solution.Revisions;
import org.souk.solution.SolutionVersions;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.souk.solution.VersionCard;
import org.souk.solution.VersionPatch;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A solution's overview: what to do next, regions (S-05), visibility (U-02), versions (S-10), the recent
 * changes of the draft and deletion (S-06).
 */
@Controller
@RequestMapping("/partner/solutions")
class SolutionOverviewController {

    /** How many of the latest draft changes the overview lists. */
    private static final int RECENT_CHANGES = 10;

    private final Solutions solutions;
    private final SolutionVersions versions;
    private final Revisions revisions;
    private final Drafts drafts;
    private final SolutionAccess access;
    private final Regions regions;
    private final SolutionLanguages languages;
    private final NextSteps nextSteps;
    private final Messages messages;

    SolutionOverviewController(Solutions solutions, SolutionVersions versions, Revisions revisions, Drafts drafts,
            SolutionAccess access, Regions regions, SolutionLanguages languages, NextSteps nextSteps,
            Messages messages) {
        this.solutions = solutions;
        this.versions = versions;
        this.revisions = revisions;
        this.drafts = drafts;
        this.access = access;
        this.regions = regions;
        this.languages = languages;
        this.nextSteps = nextSteps;
        this.messages = messages;
    }

    @GetMapping("/{code}")
    String overview(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size, Model model) {
        SolutionView view = solutions.get(user, code);
        SolutionEntity entity = access.owned(user, code);
        Map<String, Region> byCode = languages.regionsByCode();
        model.addAttribute("solution", view);
        model.addAttribute("regionNames", SolutionLanguages.regionNames(view, byCode));
        model.addAttribute("otherRegions", byCode.values().stream()
                .filter(r -> !view.regions().contains(r.code())).toList());
        // a solution released often has many versions: the newest ten, the others a page further
        model.addAttribute("versions", versions.history(user, code, page, PageResponse.htmlSize(size)));
        model.addAttribute("changes", drafts.history(entity, RECENT_CHANGES));
        model.addAttribute("published", revisions.published(view.code()).orElse(null));
        model.addAttribute("next", nextSteps.of(view, drafts.of(entity), byCode, languages.languagesByCode()));
        model.addAttribute("readOnly", SolutionPageResults.readOnly(view));
        return "solution/overview";
    }

    @PostMapping("/{code}/regions")
    String addRegion(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String region, RedirectAttributes redirect) {
        return act(redirect, redirect(code, ""), () -> {
            solutions.addRegion(user, code, region);
            return messages.get("solution.regionAdded", regions.get(region).name(),
                    languages.mandatoryLanguageName(region));
        });
    }

    @PostMapping("/{code}/visibility")
    String visibility(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean available, RedirectAttributes redirect) {
        return act(redirect, redirect(code, ""), () -> {
            solutions.setAvailableInCatalog(user, code, available);
            return messages.get(available ? "solution.shown" : "solution.hidden");
        });
    }

    @PostMapping("/{code}/versions")
    String addVersion(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            RedirectAttributes redirect) {
        try {
            VersionCard added = versions.add(user, code, VersionPatch.NONE);
            redirect.addFlashAttribute("notice", messages.get("solution.versionAdded", added.number()));
            return redirect(code, "/versions/" + added.number());
        } catch (Conflict | InvalidInput | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return redirect(code, "");
        }
    }

    @PostMapping("/{code}/delete")
    String delete(@AuthenticationPrincipal SoukUser user, @PathVariable String code, RedirectAttributes redirect) {
        try {
            solutions.delete(user, code);
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return redirect(code, "");
        }
        redirect.addFlashAttribute("notice", messages.get("solution.deleted", code));
        return "redirect:/partner/solutions";
    }
}
