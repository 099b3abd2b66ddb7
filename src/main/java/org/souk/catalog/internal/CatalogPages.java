package org.souk.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.souk.market.Category;
import org.souk.market.CategoryGroup;
import org.souk.market.Tag;
import org.souk.review.Reviews;
import org.souk.solution.PricingPolicy;
import org.souk.solution.TechnologyType;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.SiteAddress;
import org.souk.web.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The storefront's pages: the catalog home (the site's home page), search and its suggestions as the visitor
 * types, category, tag and partner pages (a search with one filter set), and the solution page.
 */
@Controller
class CatalogPages {

    private static final int SHELF = 8;
    private static final int SUGGESTIONS = 6;
    private static final int SIMILAR = 4;
    /**
     * A result page says "1 000+ solutions" beyond this: counting every match of a common word costs time. A
     * page far back counts as far as its pager shows (ten pages on).
     */
    private static final long EXACT_TOTAL_UP_TO = 1_000;
    private static final int PAGER_AHEAD = 10;
    private static final int REVIEWS_PER_PAGE = 10;

    private final CatalogSearch search;
    private final CatalogQueries queries;
    private final CatalogReader reader;
    private final TaxonomyView taxonomy;
    private final Messages messages;
    private final SiteAddress site;
    private final StructuredData structured;
    private final Reviews reviews;
    private final CatalogPartners partners;

    CatalogPages(CatalogSearch search, CatalogQueries queries, CatalogReader reader, TaxonomyView taxonomy,
            Messages messages, SiteAddress site, StructuredData structured, Reviews reviews, CatalogPartners partners) {
        this.reviews = reviews;
        this.partners = partners;
        this.search = search;
        this.queries = queries;
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.site = site;
        this.structured = structured;
    }

    @GetMapping("/")
    String home(Model model) {
        String lang = CatalogLanguages.current();
        CatalogResults newest = search.search(CatalogQuery.everything(CatalogSort.NEWEST, SHELF), true);
        model.addAttribute("groups", groupFacets(newest, lang));
        model.addAttribute("total", newest.total());
        model.addAttribute("newest", tiles(newest, lang));
        // issue 15: by active installations over the last 30 days, and by their growth (the analytics module's)
        model.addAttribute("popular", tiles(search.search(CatalogQuery.everything(CatalogSort.POPULAR, SHELF), false),
                lang));
        model.addAttribute("trending", tiles(search.search(CatalogQuery.everything(CatalogSort.TRENDING, SHELF),
                false), lang));
        model.addAttribute("recommended", tiles(search.search(CatalogQuery.everything(CatalogSort.NEWEST, SHELF)
                .recommended(), false), lang));
        // "top rated" by the smoothed score; a solution nobody rated yet is not among them
        model.addAttribute("topRated", tiles(search.search(CatalogQuery.everything(CatalogSort.RATING, SHELF), false),
                lang).stream().filter(tile -> tile.ratingCount() > 0).toList());
        model.addAttribute("tags", tagFacets(newest, lang));
        model.addAttribute("pageMeta", new PageMeta(site.get() + "/", messages.get("catalog.home.title"),
                messages.get("catalog.home.description"), null, "website", structured.site()));
        return "catalog/home";
    }

    @GetMapping("/search")
    String search(CatalogQueries.Params params, Model model) {
        return results(params, model, messages.get("catalog.search.heading"), "/search");
    }

    /** The solutions and categories whose names begin with what the visitor has typed so far (htmx). */
    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(required = false) String q, Model model) {
        String lang = CatalogLanguages.current();
        String typed = q == null ? "" : q.trim();
        List<Tile> solutions = List.of();
        List<Facet> categories = List.of();
        if (typed.length() >= 2 && typed.length() <= 200) {
            solutions = tiles(search.search(new CatalogQuery(typed, null, null, null, null, null, null, false, null,
                    CatalogSort.RELEVANCE, 0, SUGGESTIONS), false), lang);
            String lower = typed.toLowerCase(Locale.ROOT);
            categories = taxonomy.categories().stream()
                    .filter(c -> c.fullName(lang).toLowerCase(Locale.ROOT).contains(lower))
                    .limit(SUGGESTIONS).map(c -> new Facet(c.code(), c.fullName(lang), 0,
                            CatalogLinks.category(c.code()), List.of())).toList();
        }
        model.addAttribute("q", typed);
        model.addAttribute("solutions", solutions);
        model.addAttribute("categories", categories);
        return "catalog/suggestions :: suggestions";
    }

    @GetMapping("/catalog/categories/{code}")
    String category(@PathVariable String code, CatalogQueries.Params params, Model model) {
        String lang = CatalogLanguages.current();
        String heading = taxonomy.category(code).map(c -> c.fullName(lang))
                .or(() -> taxonomy.group(code).map(g -> g.name(lang)))
                .orElseThrow(() -> new NotFound(messages.get("catalog.error.category", code)));
        return results(with(params, code, params.tag(), params.partner()), model, heading, CatalogLinks.category(code));
    }

    @GetMapping("/catalog/tags/{code}")
    String tag(@PathVariable String code, CatalogQueries.Params params, Model model) {
        Tag tag = taxonomy.tag(code).orElseThrow(() -> new NotFound(messages.get("catalog.error.tag", code)));
        return results(with(params, params.category(), code, params.partner()), model,
                messages.get("catalog.tag.heading", tag.name(CatalogLanguages.current())), CatalogLinks.tag(code));
    }

    /** A partner's page: who it is, where to get support, and its published solutions (a search by partner). */
    @GetMapping("/partners/{code}")
    String partner(@PathVariable String code, CatalogQueries.Params params, Model model) {
        CatalogPartners.PartnerCard partner = partners.find(code)
                .orElseThrow(() -> new NotFound(messages.get("catalog.error.partner", code)));
        model.addAttribute("partnerCard", partner);
        String page = results(with(params, params.category(), params.tag(), partner.code()), model, partner.name(),
                partner.url());
        if (partner.description() != null) {
            PageMeta meta = (PageMeta) model.getAttribute("pageMeta");
            model.addAttribute("pageMeta", new PageMeta(meta.canonical(), meta.title(), partner.description(), null,
                    meta.type(), null));
        }
        return page;
    }

    @GetMapping("/apps/{code}")
    String solution(@PathVariable String code, @RequestParam(required = false) String reviewLanguage,
            @RequestParam(required = false) String reviewPage, @RequestParam(required = false) String reviewsOlderThan,
            @RequestParam(required = false) String reviewsNewerThan, Model model) {
        String lang = CatalogLanguages.current();
        CatalogReader.SolutionDetails details = reader.solution(code, lang)
                .orElseThrow(() -> new NotFound(messages.get("catalog.error.unknown", code)));
        CatalogSnapshot s = details.snapshot();
        // the reviews, newest first, a page at a time, in one language or all (issue 15)
        String reviewsIn = reviewLanguage == null || !reviewLanguage.matches("[a-z]{2}") ? null : reviewLanguage;
        int page = reviewPage == null || !reviewPage.matches("\\d{1,5}") ? 0 : Integer.parseInt(reviewPage);
        // the pager's links also name a review of the page they come from: the next page is read from its place
        Reviews.Position position = new Reviews.Position(page, reviewId(reviewsOlderThan), reviewId(reviewsNewerThan));
        solutionModel(details, lang, key -> CatalogLinks.media(s.code(), key), reviewsIn, position, model);
        String canonical = site.get() + CatalogLinks.app(s.code());
        model.addAttribute("pageMeta", new PageMeta(canonical, details.text().title(),
                details.text().shortDescription(), s.iconKey() == null ? null : site.get() + CatalogLinks.media(s.code(),
                        s.iconKey()), "website", structured.application(details, canonical)));
        return "catalog/solution";
    }

    /**
     * What the solution page shows of a listed solution, or of a draft in the partner's preview (CatalogPreview);
     * {@code media} gives an image's address (the catalog's, or the partner's own for a draft); the reviews shown are
     * the listed solution's, a page of them in one language or all ({@code reviewLanguage} null), none for a draft
     * (a page below 0).
     */
    void solutionModel(CatalogReader.SolutionDetails details, String lang, UnaryOperator<String> media,
            String reviewLanguage, Reviews.Position reviewPage, Model model) {
        CatalogSnapshot s = details.snapshot();
        model.addAttribute("app", details);
        model.addAttribute("s", s);
        model.addAttribute("text", details.text());
        model.addAttribute("lang", lang);
        model.addAttribute("links", new SolutionLinks(CatalogLinks.install(s.code()),
                CatalogLinks.partner(s.partnerCode()), s.iconKey() == null
                        ? PlaceholderIcons.url(s.code(), details.text().title()) : media.apply(s.iconKey())));
        model.addAttribute("scopes", s.scopes().stream().map(scope -> CatalogScopes.describe(messages, scope)).toList());
        model.addAttribute("screenshots", s.screenshots().stream().map(shot -> new CatalogApi.Image(
                media.apply(shot.key()), shot.thumbKey() == null ? null : media.apply(shot.thumbKey()), shot.width(),
                shot.height(), shot.caption())).toList());
        model.addAttribute("similar", similar(s, lang));
        model.addAttribute("partnerCard", partners.find(s.partnerCode()).orElse(null));
        // a draft's preview (reviewPage < 0) shows the listed solution's ratings, if any, but no reviews
        Reviews.Shown shown = reviews.shown(s.code(), reviewLanguage, reviewPage, REVIEWS_PER_PAGE);
        model.addAttribute("rating", shown.rating());
        model.addAttribute("reviews", reviewPage.page() < 0 ? PageResponse.of(List.of(), 0, REVIEWS_PER_PAGE)
                : shown.reviews());
        model.addAttribute("reviewLanguages", shown.languages());
        model.addAttribute("reviewLanguage", reviewLanguage);
    }

    private static Long reviewId(String parameter) {
        return parameter == null || !parameter.matches("\\d{1,18}") ? null : Long.valueOf(parameter);
    }

    /** Solutions of the same category, the most installed first; the solution itself left out. */
    private List<Tile> similar(CatalogSnapshot s, String lang) {
        if (s.categories().isEmpty()) {
            return List.of();
        }
        String category = s.categories().get(0);
        boolean second = taxonomy.category(category).isPresent();
        CatalogResults results = search.search(new CatalogQuery(null, null, second ? null : category,
                second ? category : null, null, null, null, false, null, CatalogSort.INSTALLS, 0, SIMILAR + 1), false);
        return tiles(results, lang).stream().filter(tile -> !tile.code().equals(s.code())).limit(SIMILAR).toList();
    }

    record SolutionLinks(String install, String partner, String icon) {
    }

    private String results(CatalogQueries.Params params, Model model, String heading, String path) {
        String lang = CatalogLanguages.current();
        model.addAttribute("heading", heading);
        model.addAttribute("path", path);
        model.addAttribute("params", params);
        model.addAttribute("activeFilters", java.util.stream.Stream.of(params.category(), params.tag(), params.region(),
                params.pricing(), params.technology(), params.recommended()).filter(v -> v != null && !v.isBlank()).count());
        model.addAttribute("lang", lang);
        addChoices(model, lang);
        CatalogResults results;
        try {
            CatalogQuery query = queries.parse(params);
            results = search.search(query, false,
                    Math.max(EXACT_TOTAL_UP_TO, (query.page() + 1L + PAGER_AHEAD) * query.size()));
            model.addAttribute("query", query);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.violations().stream().map(Violation::message).reduce((a, b) -> a + " " + b)
                    .orElse(""));
            results = new CatalogResults(List.of(), 0, true, 0, CatalogQuery.DEFAULT_SIZE, Map.of(), Map.of(), Map.of());
        }
        model.addAttribute("results", results);
        model.addAttribute("tiles", tiles(results, lang));
        if (results.empty()) {
            // where to go instead: the groups of categories that have solutions, not every category there is
            model.addAttribute("browse", groupFacets(search.search(CatalogQuery.everything(CatalogSort.NEWEST, 1),
                    true), lang));
        }
        model.addAttribute("pageMeta", new PageMeta(site.get() + path, heading, messages.get("catalog.home.description"),
                null, "website", null));
        return "catalog/search";
    }

    /** The options of the filter form, each with its label in the UI language. */
    private void addChoices(Model model, String lang) {
        Map<String, String> categories = new LinkedHashMap<>();
        for (CategoryGroup group : taxonomy.groups()) {
            if (group.categories().size() != 1 || !group.categories().get(0).topLevel()) {
                categories.put(group.code(), group.name(lang));
            }
            for (Category category : group.categories()) {
                categories.put(category.code(), category.topLevel() ? category.name(lang)
                        : "\u00a0\u00a0" + category.fullName(lang));
            }
        }
        model.addAttribute("categoryChoices", categories);
        Map<String, String> tags = new LinkedHashMap<>();
        taxonomy.tags().forEach(tag -> tags.put(tag.code(), tag.name(lang)));
        model.addAttribute("tagChoices", tags);
        Map<String, String> regionChoices = new LinkedHashMap<>();
        taxonomy.regions().forEach(region -> regionChoices.put(region.code(), region.name()));
        model.addAttribute("regionChoices", regionChoices);
        model.addAttribute("pricingChoices", PricingPolicy.values());
        model.addAttribute("technologyChoices", TechnologyType.values());
        model.addAttribute("sortChoices", CatalogSort.values());
    }

    private static CatalogQueries.Params with(CatalogQueries.Params p, String category, String tag, String partner) {
        return new CatalogQueries.Params(p.q(), p.region(), category, tag, p.pricing(), p.technology(),
                p.recommended(), partner, p.sort(), p.page(), p.size());
    }

    private static List<Tile> tiles(CatalogResults results, String lang) {
        return results.items().stream().map(summary -> Tile.of(summary, lang)).toList();
    }

    /** The category groups with their categories, each with how many of the results it has; empty ones left out. */
    private List<Facet> groupFacets(CatalogResults results, String lang) {
        List<Facet> facets = new ArrayList<>();
        for (CategoryGroup group : taxonomy.groups()) {
            long count = results.groups().getOrDefault(group.code(), 0L);
            if (count == 0) {
                continue;
            }
            List<Facet> children = group.categories().stream()
                    .filter(c -> !c.topLevel() && results.categories().getOrDefault(c.code(), 0L) > 0)
                    .map(c -> new Facet(c.code(), c.name(lang), results.categories().get(c.code()),
                            CatalogLinks.category(c.code()), List.of()))
                    .toList();
            facets.add(new Facet(group.code(), group.name(lang), count, CatalogLinks.category(group.code()), children));
        }
        return facets;
    }

    private List<Facet> tagFacets(CatalogResults results, String lang) {
        return taxonomy.tags(results.tags().keySet()).stream()
                .map(tag -> new Facet(tag.code(), tag.name(lang), results.tags().get(tag.code()),
                        CatalogLinks.tag(tag.code()), List.of()))
                .sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
    }
}
