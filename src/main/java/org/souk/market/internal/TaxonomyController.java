package org.souk.market.internal;

import java.util.HashMap;
import java.util.Map;

import org.souk.market.Taxonomy;
import org.souk.market.TaxonomyKind;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The market manager's page of the catalog categories and tags: adding differs per kind; renaming and removing
 * are one path for groups, categories and tags ({@code /manage/taxonomy/{groups|categories|tags}/{code}/…}).
 */
@Controller
class TaxonomyController {

    private static final String PAGE = "redirect:/manage/taxonomy";

    private final Taxonomy taxonomy;
    private final Messages messages;

    TaxonomyController(Taxonomy taxonomy, Messages messages) {
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/manage/taxonomy")
    String page(Model model) {
        model.addAttribute("groups", taxonomy.groups());
        model.addAttribute("tags", taxonomy.tags());
        model.addAttribute("gates", Taxonomy.GATES);
        return "market/taxonomy";
    }

    @PostMapping("/manage/taxonomy/groups")
    String addGroup(@RequestParam String code, @RequestParam(required = false) String en,
            @RequestParam(required = false) String ru, Model model, RedirectAttributes redirect) {
        return add(TaxonomyKind.GROUP, code, () -> taxonomy.addGroup(code, names(en, ru)), model, redirect,
                Map.of("code", code, "en", text(en), "ru", text(ru)));
    }

    @PostMapping("/manage/taxonomy/categories")
    String addCategory(@RequestParam String code, @RequestParam(required = false) String group,
            @RequestParam(required = false) String en, @RequestParam(required = false) String ru,
            @RequestParam(defaultValue = "false") boolean miscellaneous, @RequestParam(required = false) String gate,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("draftMiscellaneous", miscellaneous);
        return add(TaxonomyKind.CATEGORY, code,
                () -> taxonomy.addCategory(code, group, names(en, ru), miscellaneous, gate), model, redirect,
                Map.of("code", code, "group", text(group), "en", text(en), "ru", text(ru), "gate", text(gate)));
    }

    @PostMapping("/manage/taxonomy/tags")
    String addTag(@RequestParam String code, @RequestParam(required = false) String en,
            @RequestParam(required = false) String ru, Model model, RedirectAttributes redirect) {
        return add(TaxonomyKind.TAG, code, () -> taxonomy.addTag(code, names(en, ru)), model, redirect,
                Map.of("code", code, "en", text(en), "ru", text(ru)));
    }

    /** A rename: the page again with the notice, or with the violations next to the rename form. */
    @PostMapping("/manage/taxonomy/{kind}/{code}/names")
    String rename(@PathVariable String kind, @PathVariable String code, @RequestParam(required = false) String en,
            @RequestParam(required = false) String ru, Model model, RedirectAttributes redirect) {
        TaxonomyKind which = kind(kind);
        try {
            taxonomy.rename(which, code, names(en, ru));
        } catch (InvalidInput e) {
            return failed("rename", e, model, Map.of("subject", code));
        }
        redirect.addFlashAttribute("notice", messages.get("taxonomy." + which.key() + "Renamed", code));
        return PAGE;
    }

    /** A removal: refused (409) while it is used. */
    @PostMapping("/manage/taxonomy/{kind}/{code}/removal")
    String remove(@PathVariable String kind, @PathVariable String code, RedirectAttributes redirect) {
        TaxonomyKind which = kind(kind);
        try {
            taxonomy.remove(which, code);
            redirect.addFlashAttribute("notice", messages.get("taxonomy." + which.key() + "Removed", code));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return PAGE;
    }

    private String add(TaxonomyKind kind, String code, Runnable change, Model model, RedirectAttributes redirect,
            Map<String, String> draft) {
        try {
            change.run();
        } catch (InvalidInput e) {
            return failed(kind.key(), e, model, draft);
        }
        redirect.addFlashAttribute("notice", messages.get("taxonomy." + kind.key() + "Added", code.trim()));
        return PAGE;
    }

    private TaxonomyKind kind(String path) {
        return TaxonomyKind.ofPath(path).orElseThrow(() -> new NotFound(messages.get("error.taxonomy.kind", path)));
    }

    /** The page again, with the violations next to the form that failed ("group", "category", "tag", "rename"). */
    private String failed(String form, InvalidInput e, Model model, Map<String, String> draft) {
        model.addAttribute("failed", form);
        model.addAttribute("violations", e.violations());
        model.addAttribute("draft", draft);
        return page(model);
    }

    /** The page's two name fields; the API takes names in any of the market's languages. */
    private static Map<String, String> names(String en, String ru) {
        Map<String, String> names = new HashMap<>();
        names.put("en", text(en));
        names.put("ru", text(ru));
        return names;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
