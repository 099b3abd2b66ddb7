package org.souk.market.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.souk.market.Category;
import org.souk.market.CategoryGroup;
import org.souk.market.Tag;
import org.souk.market.Taxonomy;
import org.souk.market.TaxonomyKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Taxonomy",
        description = "The catalog categories (two levels) and the tag list that solution cards choose from")
class TaxonomyApi {

    private static final String LANG = "The language of `name` and `fullName` (a market language code such as en "
            + "or ru); where a name is missing in it, the English one. `names` has every language.";

    private final Taxonomy taxonomy;

    TaxonomyApi(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    record CatalogCategory(String code, String group, String name, String fullName, Map<String, String> names,
            boolean miscellaneous, String gate) {

        static CatalogCategory of(Category category, String lang) {
            return new CatalogCategory(category.code(), category.group(), category.name(lang), category.fullName(lang),
                    category.names(), category.miscellaneous(), category.gate());
        }
    }

    record CatalogCategoryGroup(String code, String name, Map<String, String> names, List<CatalogCategory> categories) {

        static CatalogCategoryGroup of(CategoryGroup group, String lang) {
            return new CatalogCategoryGroup(group.code(), group.name(lang), group.names(),
                    group.categories().stream().map(c -> CatalogCategory.of(c, lang)).toList());
        }
    }

    record CatalogTag(String code, String name, Map<String, String> names) {

        static CatalogTag of(Tag tag, String lang) {
            return new CatalogTag(tag.code(), tag.name(lang), tag.names());
        }
    }

    @GetMapping("/api/v1/catalog/categories")
    @Operation(summary = "The catalog categories by group, in display order (public)",
            description = "`miscellaneous`: the catch-all, only when no other category fits (C-03). `gate`: the rule "
                    + "that restricts the category (C-04 telephony, C-05 CRM presets, C-06 workflows, C-07 automation "
                    + "rules and triggers, C-08 chat bots) or null. A card has at most 5 categories (C-02).")
    List<CatalogCategoryGroup> categories(@Parameter(description = LANG) @RequestParam(defaultValue = "en") String lang) {
        return taxonomy.groups().stream().map(g -> CatalogCategoryGroup.of(g, lang)).toList();
    }

    @GetMapping("/api/v1/catalog/tags")
    @Operation(summary = "The tags a card chooses from, by code (public)",
            description = "A card has at most 5 tags, all from this list (C-10).")
    List<CatalogTag> tags(@Parameter(description = LANG) @RequestParam(defaultValue = "en") String lang) {
        return taxonomy.tags().stream().map(t -> CatalogTag.of(t, lang)).toList();
    }

    record NewCategoryGroup(String code, Map<String, String> names) {
    }

    record NewCategory(String code, String group, Map<String, String> names, Boolean miscellaneous, String gate) {
    }

    record NewTag(String code, Map<String, String> names) {
    }

    record TaxonomyNames(Map<String, String> names) {
    }

    @PostMapping("/api/v1/admin/taxonomy/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a category group (market managers)",
            description = "`code`: 2–32 lower-case latin letters, digits or underscores. `names`: by language, "
                    + "English required.")
    CatalogCategoryGroup addGroup(@RequestBody NewCategoryGroup group) {
        return CatalogCategoryGroup.of(taxonomy.addGroup(group.code(), group.names()), "en");
    }

    @PostMapping("/api/v1/admin/taxonomy/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a category at the end of its group (market managers)",
            description = "`code`: \"group.subcategory\" (such as integrations.fax), or the group's code for a group "
                    + "without subcategories. `names`: by language, English required. `miscellaneous`: a catch-all "
                    + "(C-03). `gate`: C-04, C-05, C-06, C-07, C-08 or null.")
    CatalogCategory addCategory(@RequestBody NewCategory category) {
        return CatalogCategory.of(taxonomy.addCategory(category.code(), category.group(), category.names(),
                Boolean.TRUE.equals(category.miscellaneous()), category.gate()), "en");
    }

    @PostMapping("/api/v1/admin/taxonomy/tags")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a tag (market managers)",
            description = "`code`: 2–32 lower-case latin letters, digits or underscores. `names`: by language, "
                    + "English required, at most 60 characters each.")
    CatalogTag addTag(@RequestBody NewTag tag) {
        return CatalogTag.of(taxonomy.addTag(tag.code(), tag.names()), "en");
    }

    /** The three kinds are renamed and removed alike; each keeps its own address. */
    private static final String GROUP = "/api/v1/admin/taxonomy/groups/{code}";
    private static final String CATEGORY = "/api/v1/admin/taxonomy/categories/{code}";
    private static final String TAG = "/api/v1/admin/taxonomy/tags/{code}";

    @PatchMapping({ GROUP, CATEGORY, TAG })
    @Operation(summary = "Rename a category group, a category or a tag (market managers)",
            description = "The names given replace the current ones in their languages; an empty name removes a "
                    + "non-English one; English cannot be emptied. The answer is the group, category or tag.")
    Object rename(HttpServletRequest request, @PathVariable String code, @RequestBody TaxonomyNames names) {
        TaxonomyKind kind = kind(request);
        taxonomy.rename(kind, code, names.names());
        return switch (kind) {
            case GROUP -> CatalogCategoryGroup.of(taxonomy.getGroup(code), "en");
            case CATEGORY -> CatalogCategory.of(taxonomy.getCategory(code), "en");
            case TAG -> CatalogTag.of(taxonomy.getTag(code), "en");
        };
    }

    @DeleteMapping({ GROUP, CATEGORY, TAG })
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a category group, a category or a tag (market managers)",
            description = "409 while it is used: a group that has categories, a category or tag that a solution "
                    + "has chosen.")
    void remove(HttpServletRequest request, @PathVariable String code) {
        taxonomy.remove(kind(request), code);
    }

    /** The kind from the address the request was mapped to (…/taxonomy/tags/{code}). */
    private static TaxonomyKind kind(HttpServletRequest request) {
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        String segment = pattern.replaceAll(".*/taxonomy/([^/]+)/.*", "$1");
        return TaxonomyKind.ofPath(segment).orElseThrow();
    }
}
