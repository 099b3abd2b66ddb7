package org.souk.solution.internal;

import java.util.List;
import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.market.Language;
import org.souk.market.Taxonomy;
import org.souk.solution.Card;
import org.souk.solution.SolutionCards;
import org.souk.solution.SolutionVersions;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The draft as the catalog would show it, in one of its languages. */
@Controller
@RequestMapping("/partner/solutions")
class SolutionPreviewController {

    private final Solutions solutions;
    private final SolutionCards cards;
    private final SolutionVersions versions;
    private final Taxonomy taxonomy;
    private final SolutionLanguages languages;

    SolutionPreviewController(Solutions solutions, SolutionCards cards, SolutionVersions versions, Taxonomy taxonomy,
            SolutionLanguages languages) {
        this.solutions = solutions;
        this.cards = cards;
        this.versions = versions;
        this.taxonomy = taxonomy;
        this.languages = languages;
    }

    @GetMapping("/{code}/preview")
    String preview(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String language, Model model) {
        SolutionView view = solutions.get(user, code);
        Card card = cards.card(user, code);
        Map<String, Language> known = languages.languagesByCode();
        List<String> shown = SolutionLanguages.ordered(languages.mandatory(view), card.texts().keySet(), known);
        String chosen = language != null && shown.contains(language) ? language
                : shown.isEmpty() ? null : shown.get(0);
        model.addAttribute("solution", view);
        model.addAttribute("card", card);
        model.addAttribute("languages", SolutionLanguages.tabs(shown, known));
        model.addAttribute("language", chosen);
        model.addAttribute("text", chosen == null ? null : card.texts().get(chosen));
        model.addAttribute("categories", taxonomy.findCategories(card.categories()));
        model.addAttribute("tags", taxonomy.findTags(card.tags()));
        model.addAttribute("version", versions.history(user, code).stream().findFirst().orElse(null));
        return "solution/preview";
    }
}
