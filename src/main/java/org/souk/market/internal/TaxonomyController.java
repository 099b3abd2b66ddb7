package org.souk.market.internal;

import java.util.HashMap;
import java.util.Map;

import org.souk.market.Taxonomy;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The market manager's page of the catalog categories and tags. */
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
        try {
            taxonomy.addGroup(code, names(en, ru));
        } catch (InvalidInput e) {
            return failed("group", e, model, Map.of("code", code, "en", text(en), "ru", text(ru)));
        }
        redirect.addFlashAttribute("notice", messages.get("taxonomy.groupAdded", code.trim()));
        return PAGE;
    }

    @PostMapping("/manage/taxonomy/groups/{code}/names")
    String renameGroup(@PathVariable String code, @RequestParam(required = false) String en,
            @RequestParam(required = false) String ru, Model model, RedirectAttributes redirect) {
        return rename(() -> taxonomy.renameGroup(code, names(en, ru)), "taxonomy.groupRenamed", code, model, redirect);
    }

    @PostMapping("/manage/taxonomy/categories")
    String addCategory(@RequestParam String code, @RequestParam(required = false) String group,
            @RequestParam(required = false) String en, @RequestParam(required = false) String ru,
            @RequestParam(defaultValue = "false") boolean miscellaneous, @RequestParam(required = false) String gate,
            Model model, RedirectAttributes redirect) {
        try {
            taxonomy.addCategory(code, group, names(en, ru), miscellaneous, gate);
        } catch (InvalidInput e) {
            model.addAttribute("draftMiscellaneous", miscellaneous);
            return failed("category", e, model, Map.of("code", code, "group", text(group), "en", text(en),
                    "ru", text(ru), "gate", text(gate)));
        }
        redirect.addFlashAttribute("notice", messages.get("taxonomy.categoryAdded", code.trim()));
        return PAGE;
    }

    @PostMapping("/manage/taxonomy/categories/{code}/names")
    String renameCategory(@PathVariable String code, @RequestParam(required = false) String en,
            @RequestParam(required = false) String ru, Model model, RedirectAttributes redirect) {
        return rename(() -> taxonomy.renameCategory(code, names(en, ru)), "taxonomy.categoryRenamed", code, model, redirect);
    }

    @PostMapping("/manage/taxonomy/categories/{code}/removal")
    String removeCategory(@PathVariable String code, RedirectAttributes redirect) {
        return remove(() -> taxonomy.removeCategory(code), "taxonomy.categoryRemoved", code, redirect);
    }

    @PostMapping("/manage/taxonomy/tags")
    String addTag(@RequestParam String code, @RequestParam(required = false) String en,
            @RequestParam(required = false) String ru, Model model, RedirectAttributes redirect) {
        try {
            taxonomy.addTag(code, names(en, ru));
        } catch (InvalidInput e) {
            return failed("tag", e, model, Map.of("code", code, "en", text(en), "ru", text(ru)));
        }
        redirect.addFlashAttribute("notice", messages.get("taxonomy.tagAdded", code.trim()));
        return PAGE;
    }

    @PostMapping("/manage/taxonomy/tags/{code}/names")
    String renameTag(@PathVariable String code, @RequestParam(required = false) String en,
            @RequestParam(required = false) String ru, Model model, RedirectAttributes redirect) {
        return rename(() -> taxonomy.renameTag(code, names(en, ru)), "taxonomy.tagRenamed", code, model, redirect);
    }

    @PostMapping("/manage/taxonomy/tags/{code}/removal")
    String removeTag(@PathVariable String code, RedirectAttributes redirect) {
        return remove(() -> taxonomy.removeTag(code), "taxonomy.tagRemoved", code, redirect);
    }

    /** A rename: the page again with the notice, or with the violations next to the rename form. */
    private String rename(Runnable change, String notice, String code, Model model, RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidInput e) {
            return failed("rename", e, model, Map.of("subject", code));
        }
        redirect.addFlashAttribute("notice", messages.get(notice, code));
        return PAGE;
    }

    /** A removal: refused (409) while solutions use what is removed. */
    private String remove(Runnable change, String notice, String code, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", messages.get(notice, code));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return PAGE;
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
