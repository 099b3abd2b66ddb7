package org.souk.solution.internal;

import static org.souk.solution.internal.SolutionPageResults.redirect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.souk.identity.SoukUser;
import org.souk.market.Language;
import org.souk.solution.Card;
import org.souk.solution.Scopes;
import org.souk.solution.SolutionCards;
import org.souk.solution.SolutionStatus;
import org.souk.solution.SolutionVersions;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.souk.solution.VersionCard;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.FlashResults;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The version card editor (V-01 … V-07) and its archive (V-05); only the latest, unmoderated version changes. */
@Controller
@RequestMapping("/partner/solutions")
class SolutionVersionController {

    private final Solutions solutions;
    private final SolutionCards cards;
    private final SolutionVersions versions;
    private final SolutionLanguages languages;
    private final Messages messages;

    SolutionVersionController(Solutions solutions, SolutionCards cards, SolutionVersions versions,
            SolutionLanguages languages, Messages messages) {
        this.solutions = solutions;
        this.cards = cards;
        this.versions = versions;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping("/{code}/versions/{number}")
    String version(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable int number,
            Model model) {
        VersionCard version = versions.get(user, code, number);
        SolutionPageForms.VersionForm form = SolutionPageForms.VersionForm.of(version);
        model.addAttribute("form", form);
        return showVersion(user, code, version, form, model);
    }

    @PostMapping("/{code}/versions/{number}")
    String saveVersion(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable int number,
            @ModelAttribute("form") SolutionPageForms.VersionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) { // a field that is not text (PlainText)
            return showVersion(user, code, versions.get(user, code, number), form, model);
        }
        try {
            versions.update(user, code, number, form.toPatch());
        } catch (InvalidInput e) {
            SolutionPageResults.reject(binding, e);
            return showVersion(user, code, versions.get(user, code, number), form, model);
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return redirect(code, "/versions/" + number);
        }
        redirect.addFlashAttribute("notice", messages.get("version.saved", number));
        return redirect(code, "/versions/" + number);
    }

    @PostMapping("/{code}/versions/{number}/archive")
    String archive(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable int number,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return FlashResults.upload(redirect, redirect(code, "/versions/" + number + "#archive"),
                "archiveError", messages.get("version.archiveSaved"), messages.get("error.archive.broken"), file,
                content -> versions.setArchive(user, code, number, file == null ? null : file.getOriginalFilename(),
                        content));
    }

    private String showVersion(SoukUser user, String code, VersionCard version,
            SolutionPageForms.VersionForm form, Model model) {
        SolutionView view = solutions.get(user, code);
        Card card = cards.card(user, code);
        List<String> mandatory = languages.mandatory(view);
        Map<String, Language> known = languages.languagesByCode();
        List<String> shown = SolutionLanguages.ordered(mandatory, card.texts().keySet(), known);
        shown.forEach(l -> form.whatsNew.putIfAbsent(l, ""));
        List<VersionCard> history = versions.history(user, code);
        int latest = history.isEmpty() ? version.number() : history.get(0).number();
        String reason = view.status() == SolutionStatus.ON_MODERATION ? "version.readOnly.onModeration"
                : version.moderated() ? "version.readOnly.moderated"
                : version.number() != latest ? "version.readOnly.older" : null;
        model.addAttribute("solution", view);
        model.addAttribute("version", version);
        model.addAttribute("latest", latest);
        model.addAttribute("history", history);
        model.addAttribute("languages", SolutionLanguages.tabs(shown, known));
        model.addAttribute("mandatory", mandatory);
        model.addAttribute("scopes", Scopes.ALL);
        Map<String, List<String>> groups = placementGroups();
        model.addAttribute("placementGroups", groups);
        model.addAttribute("openGroups", groups.entrySet().stream()
                .filter(g -> form.placements != null && g.getValue().stream().anyMatch(form.placements::contains))
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
        model.addAttribute("readOnlyReason", reason);
        model.addAttribute("readOnly", reason != null);
        return "solution/version";
    }

    /** The embedding places in groups: CRM per entity, then the rest. */
    private static Map<String, List<String>> placementGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String placement : Scopes.PLACEMENTS) {
            String group = "other";
            if (placement.startsWith("CRM_") && !placement.equals("CRM_ANALYTICS_MENU")) {
                for (String entity : List.of("SMART_INVOICE", "LEAD", "DEAL", "CONTACT", "COMPANY", "QUOTE", "ORDER",
                        "ACTIVITY")) {
                    if (placement.startsWith("CRM_" + entity + "_")) {
                        group = entity;
                        break;
                    }
                }
            }
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(placement);
        }
        List<String> other = groups.remove("other");
        if (other != null) {
            groups.put("other", other);
        }
        return groups;
    }
}
