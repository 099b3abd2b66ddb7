package org.souk.checks.internal;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.souk.checks.CheckMode;
import org.souk.checks.SolutionChecks;
import org.souk.identity.SoukUser;
import org.souk.solution.Solutions;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner's check report of a solution, and the administrator's page of rules and word lists. */
@Controller
class CheckPagesController {

    private final SolutionChecks checks;
    private final WordListStore words;
    private final Solutions solutions;
    private final Messages messages;
    private final Trademarks trademarks;

    CheckPagesController(SolutionChecks checks, WordListStore words, Solutions solutions, Messages messages,
            Trademarks trademarks) {
        this.trademarks = trademarks;
        this.checks = checks;
        this.words = words;
        this.solutions = solutions;
        this.messages = messages;
    }

    @GetMapping("/partner/solutions/{code}/checks")
    String report(@AuthenticationPrincipal SoukUser user, @PathVariable String code, Model model) {
        model.addAttribute("solution", solutions.get(user, code));
        model.addAttribute("report", checks.latest(user, code).orElse(null));
        return "checks/report";
    }

    @PostMapping("/partner/solutions/{code}/checks")
    String checkNow(@AuthenticationPrincipal SoukUser user, @PathVariable String code, Model model) {
        model.addAttribute("solution", solutions.get(user, code));
        model.addAttribute("report", checks.checkNow(user, code));
        return "checks/report";
    }

    /** htmx: the findings of the one text field being typed (the input sends itself as texts[xx].name). */
    @GetMapping("/partner/solutions/{code}/checks/field")
    String field(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @RequestParam String field,
            HttpServletRequest request, Model model) {
        String value = request.getParameterMap().entrySet().stream().filter(e -> e.getKey().startsWith("texts["))
                .map(e -> e.getValue()[0]).findFirst().orElse(null);
        model.addAttribute("findings", checks.checkField(user, code, field, value));
        return "checks/field :: findings";
    }

    @GetMapping("/admin/checks")
    String rules(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Model model) {
        model.addAttribute("rules", checks.rules());
        model.addAttribute("modes", CheckMode.values());
        model.addAttribute("words", words.page(page, PageResponse.htmlSize(size)));
        model.addAttribute("lists", WordLists.NAMES);
        model.addAttribute("trademarks", trademarks.all());
        return "checks/admin";
    }

    @PostMapping("/admin/checks/{rule}")
    String setMode(@PathVariable String rule, @RequestParam CheckMode mode, RedirectAttributes redirect) {
        checks.setMode(rule, mode);
        redirect.addFlashAttribute("notice", messages.get("checks.modeSet", rule, messages.get("checks.mode." + mode)));
        return "redirect:/admin/checks";
    }

    @PostMapping("/admin/checks/words")
    String addWord(@RequestParam String list, @RequestParam String language, @RequestParam String word,
            @RequestParam(required = false) String correction, RedirectAttributes redirect) {
        try {
            words.add(list, language, word, correction);
            redirect.addFlashAttribute("notice", messages.get("checks.wordAdded", word));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", String.join(" ", e.violations().stream()
                    .map(v -> v.field() + " " + v.message()).toList()));
        }
        return "redirect:/admin/checks#words";
    }

    /** C-19: a known trademark's picture; only its difference hash is kept. */
    @PostMapping("/admin/checks/trademarks")
    String addTrademark(@AuthenticationPrincipal SoukUser admin, @RequestParam(required = false) String name,
            @RequestParam(required = false) MultipartFile picture, RedirectAttributes redirect) throws IOException {
        try (InputStream in = picture == null || picture.isEmpty() ? null : picture.getInputStream()) {
            trademarks.add(name, in, admin.email());
            redirect.addFlashAttribute("notice", messages.get("checks.trademarks.added", name));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", String.join(" ", e.violations().stream().map(Violation::message)
                    .toList()));
            redirect.addFlashAttribute("trademarkName", name);
        }
        return "redirect:/admin/checks#trademarks";
    }

    @PostMapping("/admin/checks/trademarks/{id}/remove")
    String removeTrademark(@PathVariable long id, RedirectAttributes redirect) {
        trademarks.remove(id);
        redirect.addFlashAttribute("notice", messages.get("checks.trademarks.removed"));
        return "redirect:/admin/checks#trademarks";
    }

    @PostMapping("/admin/checks/words/{id}/remove")
    String removeWord(@PathVariable long id, RedirectAttributes redirect) {
        words.remove(id);
        redirect.addFlashAttribute("notice", messages.get("checks.wordRemoved"));
        return "redirect:/admin/checks#words";
    }
}
