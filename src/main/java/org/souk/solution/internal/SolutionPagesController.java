package org.souk.solution.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.souk.identity.SoukUser;
import org.souk.market.Language;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.market.Taxonomy;
import org.souk.solution.Card;
import org.souk.solution.Draft;
import org.souk.solution.DraftGaps;
import org.souk.solution.FieldLabels;
import org.souk.solution.PricingPolicy;
import org.souk.solution.Revisions;
import org.souk.solution.Scopes;
import org.souk.solution.Screenshot;
import org.souk.solution.SolutionCards;
import org.souk.solution.SolutionStatus;
import org.souk.solution.SolutionVersions;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.solution.VersionPatch;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.Violation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The developer's area for solutions: the list, "Add solution" (S-01) and its keys (S-02), a solution's
 * overview (regions S-05, keys, visibility U-02, versions S-10, deletion S-06), the card editor (C-*), the
 * version card editor (V-*) and the catalog preview. Every page reaches the solution through
 * {@link SolutionAccess}: another partner's code answers 404.
 */
@Controller
@RequestMapping("/partner/solutions")
class SolutionPagesController {

    /** How many of the latest draft changes the overview lists. */
    private static final int RECENT_CHANGES = 10;

    private final Solutions solutions;
    private final SolutionCards cards;
    private final SolutionVersions versions;
    private final Revisions revisions;
    private final Drafts drafts;
    private final SolutionAccess access;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final Messages messages;
    private final FieldLabels fieldLabels;

    SolutionPagesController(Solutions solutions, SolutionCards cards, SolutionVersions versions, Revisions revisions,
            Drafts drafts, SolutionAccess access, Regions regions, Taxonomy taxonomy,
            Messages messages, FieldLabels fieldLabels) {
        this.fieldLabels = fieldLabels;
        this.solutions = solutions;
        this.cards = cards;
        this.versions = versions;
        this.revisions = revisions;
        this.drafts = drafts;
        this.access = access;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }


    // ---- the list ----------------------------------------------------------------------------------------

    /** One line of the list: the solution, its regions' names and what to do next. */
    record Row(SolutionView solution, List<String> regionNames, NextStep next) {
    }

    /** A message key with one argument, and the page where it is done (or null). */
    record NextStep(String key, String argument, String href) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal SoukUser user, Model model) {
        Map<String, Region> byCode = regionsByCode();
        List<Row> rows = solutions.list(user).stream().map(view -> new Row(view, regionNames(view, byCode),
                nextStep(view, drafts.of(access.owned(user, view.code())), byCode))).toList();
        model.addAttribute("rows", rows);
        return "solution/list";
    }

    // ---- adding --------------------------------------------------------------------------------------------

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
            reject(binding, e);
            return showAdd(model);
        } catch (Conflict | NotAllowed e) {
            binding.reject("rule", e.getMessage());
            return showAdd(model);
        }
        redirect.addFlashAttribute("secret", created.clientSecret());
        redirect.addFlashAttribute("notice", messages.get("solution.added", created.solution().code()));
        return "redirect:/partner/solutions/" + path(created.solution().code()) + "/keys";
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

    // ---- the overview --------------------------------------------------------------------------------------

    @GetMapping("/{code}")
    String overview(@AuthenticationPrincipal SoukUser user, @PathVariable String code, Model model) {
        SolutionView view = solutions.get(user, code);
        SolutionEntity entity = access.owned(user, code);
        Map<String, Region> byCode = regionsByCode();
        model.addAttribute("solution", view);
        model.addAttribute("regionNames", regionNames(view, byCode));
        model.addAttribute("otherRegions", byCode.values().stream()
                .filter(r -> !view.regions().contains(r.code())).toList());
        model.addAttribute("versions", versions.history(user, code));
        model.addAttribute("changes", drafts.history(entity, RECENT_CHANGES));
        model.addAttribute("published", revisions.published(view.code()).orElse(null));
        model.addAttribute("next", nextStep(view, drafts.of(entity), byCode));
        model.addAttribute("readOnly", readOnly(view));
        return "solution/overview";
    }

    @PostMapping("/{code}/regions")
    String addRegion(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String region, RedirectAttributes redirect) {
        return act(redirect, "redirect:/partner/solutions/" + path(code), () -> {
            solutions.addRegion(user, code, region);
            return messages.get("solution.regionAdded", regions.get(region).name(), mandatoryLanguageName(region));
        });
    }

    @PostMapping("/{code}/secret")
    String rotateSecret(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            RedirectAttributes redirect) {
        String secret = solutions.rotateSecret(user, code);
        redirect.addFlashAttribute("secret", secret);
        redirect.addFlashAttribute("notice", messages.get("solution.secretRotated"));
        return "redirect:/partner/solutions/" + path(code) + "/keys";
    }

    @PostMapping("/{code}/visibility")
    String visibility(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean available, RedirectAttributes redirect) {
        return act(redirect, "redirect:/partner/solutions/" + path(code), () -> {
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
            return "redirect:/partner/solutions/" + path(code) + "/versions/" + added.number();
        } catch (Conflict | InvalidInput | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/partner/solutions/" + path(code);
        }
    }

    @PostMapping("/{code}/delete")
    String delete(@AuthenticationPrincipal SoukUser user, @PathVariable String code, RedirectAttributes redirect) {
        try {
            solutions.delete(user, code);
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/partner/solutions/" + path(code);
        }
        redirect.addFlashAttribute("notice", messages.get("solution.deleted", code));
        return "redirect:/partner/solutions";
    }

    // ---- the card editor -----------------------------------------------------------------------------------

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
            reject(binding, e);
            if (addLanguage != null && !addLanguage.isBlank()) {
                form.texts.putIfAbsent(addLanguage, new SolutionPageForms.Texts());
            }
            return showCard(user, code, cards.card(user, code), form, firstLanguageWithErrors(binding, tab), model);
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/partner/solutions/" + path(code) + "/card";
        }
        String open = addLanguage != null && !addLanguage.isBlank() ? addLanguage
                : remove != null ? null : tab;
        redirect.addFlashAttribute("notice", messages.get(addLanguage != null && !addLanguage.isBlank()
                ? "card.languageAdded" : remove != null ? "card.languageRemoved" : "card.saved"));
        return "redirect:/partner/solutions/" + path(code) + "/card" + (open == null || open.isBlank() ? ""
                : "?language=" + UriUtils.encodeQueryParam(open, java.nio.charset.StandardCharsets.UTF_8));
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
        return act(redirect, cardPage(code) + "#screenshots", () -> {
            cards.removeScreenshot(user, code, id);
            return messages.get("card.screenshotRemoved");
        });
    }

    @PostMapping("/{code}/card/screenshots/{id}/caption")
    String caption(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String caption, RedirectAttributes redirect) {
        return act(redirect, cardPage(code) + "#screenshot-" + id, () -> {
            cards.captionScreenshot(user, code, id, caption);
            return messages.get("card.captionSaved");
        });
    }

    /** Up and down buttons: one step in the slider. */
    @PostMapping("/{code}/card/screenshots/{id}/move")
    String move(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable long id,
            @RequestParam(defaultValue = "up") String direction, RedirectAttributes redirect) {
        return act(redirect, cardPage(code) + "#screenshot-" + id, () -> {
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
        return act(redirect, cardPage(code) + "#screenshots", () -> {
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
        List<String> mandatory = mandatoryLanguages(view);
        mandatory.forEach(l -> form.texts.computeIfAbsent(l, x -> new SolutionPageForms.Texts()));
        Map<String, Language> known = languagesByCode();
        // a language just added has no texts yet (an empty one is not kept): its tab is there until saved
        if (language != null && known.containsKey(language)) {
            form.texts.computeIfAbsent(language, x -> new SolutionPageForms.Texts());
        }
        // a language the page was sent with but that the market does not know is dropped from the tabs
        form.texts.keySet().removeIf(l -> !known.containsKey(l) && !mandatory.contains(l));
        List<String> shown = ordered(mandatory, form.texts.keySet(), known);
        model.addAttribute("solution", view);
        model.addAttribute("card", card);
        model.addAttribute("languages", shown.stream().map(l -> known.getOrDefault(l, new Language(l, l))).toList());
        model.addAttribute("mandatory", mandatory);
        model.addAttribute("addable", known.values().stream().filter(l -> !shown.contains(l.code())).toList());
        model.addAttribute("activeLanguage", language != null && shown.contains(language) ? language
                : shown.isEmpty() ? null : shown.get(0));
        model.addAttribute("groups", taxonomy.groups());
        model.addAttribute("tags", taxonomy.tags());
        model.addAttribute("pricingPolicies", PricingPolicy.values());
        model.addAttribute("readOnly", readOnly(view));
        model.addAttribute("maxScreenshots", SolutionCards.MAX_SCREENSHOTS);
        return "solution/card";
    }

    /** The mandatory language of one of the solution's regions stays (C-11). */
    private boolean removable(SoukUser user, String code, String language) {
        return language != null && !language.isBlank()
                && !mandatoryLanguages(solutions.get(user, code)).contains(language);
    }

    private static String firstLanguageWithErrors(BindingResult binding, String tab) {
        return binding.getFieldErrors().stream().map(e -> e.getField())
                .filter(f -> f.startsWith("texts[")).map(f -> f.substring(6, f.indexOf(']'))).findFirst()
                .orElse(tab);
    }

    // ---- the version card ----------------------------------------------------------------------------------

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
            reject(binding, e);
            return showVersion(user, code, versions.get(user, code, number), form, model);
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/partner/solutions/" + path(code) + "/versions/" + number;
        }
        redirect.addFlashAttribute("notice", messages.get("version.saved", number));
        return "redirect:/partner/solutions/" + path(code) + "/versions/" + number;
    }

    @PostMapping("/{code}/versions/{number}/archive")
    String archive(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable int number,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        String page = "redirect:/partner/solutions/" + path(code) + "/versions/" + number;
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            versions.setArchive(user, code, number, file == null ? null : file.getOriginalFilename(), content);
            redirect.addFlashAttribute("notice", messages.get("version.archiveSaved"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("archiveError", e.violations().stream().map(Violation::message).toList());
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IOException e) {
            redirect.addFlashAttribute("archiveError", List.of(messages.get("error.archive.broken")));
        }
        return page + "#archive";
    }

    private String showVersion(SoukUser user, String code, VersionCard version,
            SolutionPageForms.VersionForm form, Model model) {
        SolutionView view = solutions.get(user, code);
        Card card = cards.card(user, code);
        List<String> mandatory = mandatoryLanguages(view);
        Map<String, Language> known = languagesByCode();
        List<String> shown = ordered(mandatory, card.texts().keySet(), known);
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
        model.addAttribute("languages", shown.stream().map(l -> known.getOrDefault(l, new Language(l, l))).toList());
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

    // ---- the preview ---------------------------------------------------------------------------------------

    @GetMapping("/{code}/preview")
    String preview(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String language, Model model) {
        SolutionView view = solutions.get(user, code);
        Card card = cards.card(user, code);
        Map<String, Language> known = languagesByCode();
        List<String> shown = ordered(mandatoryLanguages(view), card.texts().keySet(), known);
        String chosen = language != null && shown.contains(language) ? language
                : shown.isEmpty() ? null : shown.get(0);
        model.addAttribute("solution", view);
        model.addAttribute("card", card);
        model.addAttribute("languages", shown.stream().map(l -> known.getOrDefault(l, new Language(l, l))).toList());
        model.addAttribute("language", chosen);
        model.addAttribute("text", chosen == null ? null : card.texts().get(chosen));
        model.addAttribute("categories", taxonomy.findCategories(card.categories()));
        model.addAttribute("tags", taxonomy.findTags(card.tags()));
        model.addAttribute("version", versions.history(user, code).stream().findFirst().orElse(null));
        return "solution/preview";
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static boolean readOnly(SolutionView view) {
        return view.status() == SolutionStatus.ON_MODERATION || view.status() == SolutionStatus.REMOVED;
    }

    private Map<String, Region> regionsByCode() {
        return regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private Map<String, Language> languagesByCode() {
        return regions.languages().stream().collect(Collectors.toMap(Language::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> regionNames(SolutionView view, Map<String, Region> byCode) {
        return view.regions().stream().map(c -> byCode.containsKey(c) ? byCode.get(c).name() : c).toList();
    }

    /** The mandatory languages of the solution's regions (C-11), in the order the regions were added. */
    private List<String> mandatoryLanguages(SolutionView view) {
        Map<String, Region> byCode = regionsByCode();
        return new ArrayList<>(view.regions().stream().map(byCode::get).filter(r -> r != null)
                .map(Region::mandatoryLanguage).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private String mandatoryLanguageName(String region) {
        String code = regions.get(region).mandatoryLanguage();
        Language language = languagesByCode().get(code);
        return language == null ? code : language.name();
    }

    /** The mandatory languages first, then the others in the market's order. */
    private static List<String> ordered(List<String> mandatory, Set<String> present, Map<String, Language> known) {
        List<String> ordered = new ArrayList<>(mandatory);
        known.keySet().stream().filter(present::contains).filter(l -> !ordered.contains(l)).forEach(ordered::add);
        return ordered;
    }

    /**
     * What to do next with a solution, from its state and its draft: the first missing piece of the card
     * or the version, in the order a person fills them.
     */
    private NextStep nextStep(SolutionView view, Draft draft, Map<String, Region> byCode) {
        String base = "/partner/solutions/" + view.code();
        switch (view.status()) {
            case ON_MODERATION:
                return new NextStep("solution.next.wait", null, null);
            case REMOVED:
                return new NextStep("solution.next.removed", null, null);
            case RETURNED:
                return new NextStep("solution.next.returned", null, base + "/card");
            default:
                break;
        }
        // the first of what the checks will find missing (DraftGaps, C-11/C-02/C-25), where the form has it
        List<String> mandatory = view.regions().stream().map(byCode::get).filter(r -> r != null)
                .map(Region::mandatoryLanguage).distinct().toList();
        List<DraftGaps.Gap> gaps = DraftGaps.of(draft, mandatory);
        if (!gaps.isEmpty()) {
            return step(gaps.get(0), base);
        }
        VersionCard version = draft.version();
        if (view.technologyType() == TechnologyType.REST_API && blank(version.appUrl())
                && blank(version.archiveKey())) {
            return new NextStep("solution.next.version", String.valueOf(version.number()),
                    base + "/versions/" + version.number());
        }
        if (view.status() == SolutionStatus.PUBLISHED) {
            return new NextStep("solution.next.published", null, null);
        }
        if (view.status() == SolutionStatus.HIDDEN) {
            return new NextStep("solution.next.hidden", null, base);
        }
        return new NextStep("solution.next.submit", null, base + "/moderation");
    }

    private NextStep step(DraftGaps.Gap gap, String base) {
        return switch (gap.what()) {
            case "language" -> new NextStep("solution.next.texts", languageName(gap.language()),
                    base + "/card?language=" + gap.language());
            case "icon" -> new NextStep("solution.next.icon", null, base + "/card#media");
            case "screenshots" -> new NextStep("solution.next.screenshots", null, base + "/card#screenshots");
            case "categories" -> new NextStep("solution.next.categories", null, base + "/card#taxonomy");
            default -> new NextStep("solution.next.field", fieldLabels.of(gap.field()), base + "/card"
                    + (gap.language() != null ? "?language=" + gap.language() : ""));
        };
    }

    private String languageName(String code) {
        Language language = languagesByCode().get(code);
        return language == null ? code : language.name();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String path(String code) {
        return UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String cardPage(String code) {
        return "redirect:/partner/solutions/" + path(code) + "/card";
    }

    /** A change answered by a notice, or by the rule it broke, on the page it came from. */
    private String act(RedirectAttributes redirect, String page, java.util.function.Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (InvalidInput | Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return page;
    }

    private interface Upload {
        void accept(InputStream content);
    }

    /** An image upload: its errors go next to its field on the card page. */
    private String upload(RedirectAttributes redirect, String code, String errorAttribute, String notice,
            MultipartFile file, Upload upload) {
        String page = cardPage(code) + "#" + ("iconError".equals(errorAttribute) ? "media" : "screenshots");
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            upload.accept(content);
            redirect.addFlashAttribute("notice", messages.get(notice));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(errorAttribute, e.violations().stream().map(Violation::message).toList());
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IOException e) {
            redirect.addFlashAttribute(errorAttribute, List.of(messages.get("error.image.broken")));
        }
        return page;
    }

    /**
     * The service's violations onto the form, each next to its field: its paths "texts.en.title" and
     * "whatsNew.en" are the form's "texts[en].title" and "whatsNew[en]".
     */
    private static void reject(BindingResult binding, InvalidInput invalid) {
        for (Violation v : invalid.violations()) {
            String code = v.rule() == null ? "invalid" : v.rule();
            String field = formPath(v.field());
            if (field != null && resolvable(binding, field)) {
                binding.rejectValue(field, code, v.message());
            } else {
                binding.reject(code, v.message());
            }
        }
    }

    static String formPath(String field) {
        if (field == null) {
            return null;
        }
        for (String map : List.of("texts", "whatsNew")) {
            if (field.startsWith(map + ".")) {
                String[] parts = field.substring(map.length() + 1).split("\\.", 2);
                return map + "[" + parts[0] + "]" + (parts.length > 1 ? "." + parts[1] : "");
            }
        }
        return field;
    }

    /** A field of the form; a whole language ("texts[xx]", an unknown one) is said above the form. */
    private static boolean resolvable(BindingResult binding, String field) {
        if (field.startsWith("texts[") && field.endsWith("]")) {
            return false;
        }
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
