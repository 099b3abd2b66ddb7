package org.souk.solution.internal;

import static org.souk.solution.internal.SolutionPageResults.redirect;

import java.util.List;
import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.market.Language;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.PageResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The developer's list of solutions with what to do next, "Add solution" (S-01) and its keys (S-02). Every
 * page reaches a solution through {@link SolutionAccess}: another partner's code answers 404.
 */
@Controller
@RequestMapping("/partner/solutions")
class SolutionListController {

    /** One line of the list: the solution, its regions' names and what to do next. */
    record Row(SolutionView solution, List<String> regionNames, NextSteps.NextStep next) {
    }

    private final Solutions solutions;
    private final Regions regions;
    private final SolutionLanguages languages;
    private final NextSteps nextSteps;
    private final Messages messages;

    SolutionListController(Solutions solutions, Regions regions,
            SolutionLanguages languages, NextSteps nextSteps, Messages messages) {
        this.solutions = solutions;
        this.regions = regions;
        this.languages = languages;
        this.nextSteps = nextSteps;
        this.messages = messages;
    }

    /** A page at a time, newest first (a partner may have hundreds); {@code size} at most 100. */
    @GetMapping
    String list(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Model model) {
        Map<String, Region> byCode = languages.regionsByCode();
        Map<String, Language> languageByCode = languages.languagesByCode();
        PageResponse<Solutions.Listed> found = solutions.listWithDrafts(user, page, size);
        List<Row> rows = found.items().stream().map(listed -> new Row(listed.solution(),
                SolutionLanguages.regionNames(listed.solution(), byCode),
                nextSteps.of(listed.solution(), listed.draft(), byCode, languageByCode))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("solutions", found);
        return "solution/list";
    }

    @GetMapping("/new")
    String addPage(@ModelAttribute("form") SolutionPageForms.Add form, Model model) {
        if (form.region == null) {
            form.region = regions.all().stream().findFirst().map(Region::code).orElse(null);
        }
        if (form.type == null) {
            form.type = TechnologyType.REST_API;
        }
        return showAdd(model);
    }

    @PostMapping("/new")
    String add(@AuthenticationPrincipal SoukUser user, @ModelAttribute("form") SolutionPageForms.Add form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Solutions.Created created;
        if (binding.hasErrors()) { // a field that is not text (PlainText)
            return showAdd(model);
        }
        try {
            created = solutions.add(user, form.toNewSolution());
        } catch (InvalidInput e) {
            SolutionPageResults.reject(binding, e);
            return showAdd(model);
        } catch (Conflict | NotAllowed e) {
            binding.reject("rule", e.getMessage());
            return showAdd(model);
        }
        redirect.addFlashAttribute("secret", created.clientSecret());
        redirect.addFlashAttribute("notice", messages.get("solution.added", created.solution().code()));
        return redirect(created.solution().code(), "/keys");
    }

    private String showAdd(Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("types", TechnologyType.values());
        return "solution/new";
    }

    /** The keys (S-02): the secret is here only right after adding or rotating it (a flash attribute). */
    @GetMapping("/{code}/keys")
    String keys(@AuthenticationPrincipal SoukUser user, @PathVariable String code, Model model) {
        model.addAttribute("solution", solutions.get(user, code));
        return "solution/keys";
    }

    @PostMapping("/{code}/secret")
    String rotateSecret(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            RedirectAttributes redirect) {
        String secret = solutions.rotateSecret(user, code);
        redirect.addFlashAttribute("secret", secret);
        redirect.addFlashAttribute("notice", messages.get("solution.secretRotated"));
        return redirect(code, "/keys");
    }
}
