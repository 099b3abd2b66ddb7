package org.souk.solution.internal;

import static org.souk.solution.internal.SolutionPageResults.act;
import static org.souk.solution.internal.SolutionPageResults.redirect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.market.Language;
import org.souk.market.Taxonomy;
import org.souk.solution.Card;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Screenshot;
import org.souk.solution.SolutionCards;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
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
import org.springframework.web.util.UriUtils;

/** The card editor (C-*): texts per language, taxonomy, URLs, pricing, test data, icon and screenshots. */
@Controller
@RequestMapping("/partner/solutions")
class SolutionCardController {

    private final Solutions solutions;
    private final SolutionCards cards;
    private final Taxonomy taxonomy;
    private final SolutionLanguages languages;
    private final Messages messages;

    SolutionCardController(Solutions solutions, SolutionCards cards, Taxonomy taxonomy, SolutionLanguages languages,
            Messages messages) {
        this.solutions = solutions;
        this.cards = cards;
        this.taxonomy = taxonomy;
        this.languages = languages;
        this.messages = messages;
    }

    @GetMapping("/{code}/card")
    String card(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String language, Model model) {
        Card card = cards.card(user, code);
        SolutionPageForms.CardForm form = SolutionPageForms.CardForm.of(card);
        model.addAttribute("form", form);
        return showCard(user, code, card, form, language, model);
    }

    @PostMapping("/{code}/card")
    String saveCard(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @ModelAttribute("form") SolutionPageForms.CardForm form, BindingResult binding,
            @RequestParam(required = false) String tab, @RequestParam(required = false) String addLanguage,
            @RequestParam(required = false) String removeLanguage, Model model, RedirectAttributes redirect) {
        String remove = removable(user, code, removeLanguage) ? removeLanguage : null;
        if (binding.hasErrors()) { // a field that is not text (PlainText): the page comes back, nothing saved
            return showCard(user, code, cards.card(user, code), form, firstLanguageWithErrors(binding, tab), model);
        }
        try {
            cards.update(user, code, form.toPatch(remove));
        } catch (InvalidInput e) {
            SolutionPageResults.reject(binding, e);
            if (addLanguage != null && !addLanguage.isBlank()) {
                form.texts.putIfAbsent(addLanguage, new SolutionPageForms.Texts());
            }
            return showCard(user, code, cards.card(user, code), form, firstLanguageWithErrors(binding, tab), model);
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return redirect(code, "/card");
        }
        String open = addLanguage != null && !addLanguage.isBlank() ? addLanguage
                : remove != null ? null : tab;
        redirect.addFlashAttribute("notice", messages.get(addLanguage != null && !addLanguage.isBlank()
                ? "card.languageAdded" : remove != null ? "card.languageRemoved" : "card.saved"));
        return redirect(code, "/card" + (open == null || open.isBlank() ? ""
                : "?language=" + UriUtils.encodeQueryParam(open, StandardCharsets.UTF_8)));
    }

    @PostMapping("/{code}/card/icon")
    String icon(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return upload(redirect, code, "iconError", "card.iconSaved", file,
                content -> cards.setIcon(user, code, content));
    }

    @PostMapping("/{code}/card/screenshots")
    String addScreenshot(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String caption,
            RedirectAttributes redirect) {
        String page = upload(redirect, code, "screenshotError", "card.screenshotAdded", file,
                content -> cards.addScreenshot(user, code, content, caption));
        if (redirect.getFlashAttributes().containsKey("screenshotError")) {
            // the caption typed for a refused image stays for the next try
            redirect.addFlashAttribute("typedCaption", caption);
        }
        return page;
    }

    @PostMapping("/{code}/card/screenshots/{id}/remove")
    String removeScreenshot(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable long id,
            RedirectAttributes redirect) {
        return act(redirect, redirect(code, "/card#screenshots"), () -> {
            cards.removeScreenshot(user, code, id);
            return messages.get("card.screenshotRemoved");
        });
    }

    @PostMapping("/{code}/card/screenshots/{id}/caption")
    String caption(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String caption, RedirectAttributes redirect) {
        return act(redirect, redirect(code, "/card#screenshot-" + id), () -> {
            cards.captionScreenshot(user, code, id, caption);
            return messages.get("card.captionSaved");
        });
    }

    /** Up and down buttons: one step in the slider. */
    @PostMapping("/{code}/card/screenshots/{id}/move")
    String move(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable long id,
            @RequestParam(defaultValue = "up") String direction, RedirectAttributes redirect) {
        return act(redirect, redirect(code, "/card#screenshot-" + id), () -> {
            List<Long> order = new ArrayList<>(cards.card(user, code).screenshots().stream().map(Screenshot::id)
                    .toList());
            int from = order.indexOf(id);
            int to = "down".equals(direction) ? from + 1 : from - 1;
            if (from >= 0 && to >= 0 && to < order.size()) {
                order.add(to, order.remove(from));
                cards.reorderScreenshots(user, code, order);
            }
            return messages.get("card.orderSaved");
        });
    }

    /** The order after a drag (solution.js): every id once, comma separated. */
    @PostMapping("/{code}/card/screenshots/order")
    String order(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "") String ids, RedirectAttributes redirect) {
        return act(redirect, redirect(code, "/card#screenshots"), () -> {
            List<Long> order = new ArrayList<>();
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    try {
                        order.add(Long.parseLong(id.trim()));
                    } catch (NumberFormatException e) {
                        throw new InvalidInput(messages.violation("order", "C-20", "error.screenshot.order"));
                    }
                }
            }
            cards.reorderScreenshots(user, code, order);
            return messages.get("card.orderSaved");
        });
    }

    private String showCard(SoukUser user, String code, Card card, SolutionPageForms.CardForm form,
            String language, Model model) {
        SolutionView view = solutions.get(user, code);
        List<String> mandatory = languages.mandatory(view);
        mandatory.forEach(l -> form.texts.computeIfAbsent(l, x -> new SolutionPageForms.Texts()));
        Map<String, Language> known = languages.languagesByCode();
        // a language just added has no texts yet (an empty one is not kept): its tab is there until saved
        if (language != null && known.containsKey(language)) {
            form.texts.computeIfAbsent(language, x -> new SolutionPageForms.Texts());
        }
        // a language the page was sent with but that the market does not know is dropped from the tabs
        form.texts.keySet().removeIf(l -> !known.containsKey(l) && !mandatory.contains(l));
        List<String> shown = SolutionLanguages.ordered(mandatory, form.texts.keySet(), known);
        model.addAttribute("solution", view);
        model.addAttribute("card", card);
        model.addAttribute("languages", SolutionLanguages.tabs(shown, known));
        model.addAttribute("mandatory", mandatory);
        model.addAttribute("addable", known.values().stream().filter(l -> !shown.contains(l.code())).toList());
        model.addAttribute("activeLanguage", language != null && shown.contains(language) ? language
                : shown.isEmpty() ? null : shown.get(0));
        model.addAttribute("groups", taxonomy.groups());
        model.addAttribute("tags", taxonomy.tags());
        model.addAttribute("pricingPolicies", PricingPolicy.values());
        model.addAttribute("readOnly", SolutionPageResults.readOnly(view));
        model.addAttribute("maxScreenshots", SolutionCards.MAX_SCREENSHOTS);
        return "solution/card";
    }

    /** The mandatory language of one of the solution's regions stays (C-11). */
    private boolean removable(SoukUser user, String code, String language) {
        return language != null && !language.isBlank()
                && !languages.mandatory(solutions.get(user, code)).contains(language);
    }

    private static String firstLanguageWithErrors(BindingResult binding, String tab) {
        return binding.getFieldErrors().stream().map(e -> e.getField())
                .filter(f -> f.startsWith("texts[")).map(f -> f.substring(6, f.indexOf(']'))).findFirst()
                .orElse(tab);
    }

    /** An image upload: its errors go next to its field on the card page. */
    private String upload(RedirectAttributes redirect, String code, String errorAttribute, String notice,
            MultipartFile file, FlashResults.Upload upload) {
        return FlashResults.upload(redirect,
                redirect(code, "/card#" + ("iconError".equals(errorAttribute) ? "media" : "screenshots")),
                errorAttribute, messages.get(notice), messages.get("error.image.broken"), file, upload);
    }
}
