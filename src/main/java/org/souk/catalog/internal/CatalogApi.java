package org.souk.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.solution.PricingPolicy;
import org.souk.solution.Screenshot;
import org.souk.solution.TechnologyType;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.RichText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalog API of api.md: only listed solutions, only what customers may see. Answers carry an
 * ETag (CatalogHttp) and must be revalidated: a cache may keep them but never serves a solution that was
 * hidden or removed since.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "The public storefront: search, browse and read published solutions (no sign-in)")
class CatalogApi {

    private static final String SEARCH = """
            q: words to find (title, keywords, descriptions, partner, category and tag names, in every language; \
            one typo allowed, the beginning of a word is enough; an exact solution code comes first). category: a \
            category code or a group code (both levels). tag, region, partner: codes. pricing: FREE, \
            EXTERNAL_SERVICE_PAID, ADDITIONAL_PAID_FUNCTIONALITY. technology: REST_API, SOLUTION_PRESET, \
            SMART_SCRIPTS, WEBSITE_TEMPLATE, BI_REPORT. recommended=true: only solutions with the U-04 label. \
            sort: relevance (default), newest, installs, rating (the smoothed score). lang: the language of the \
            texts; where a solution has none in it, the mandatory language of its region. 422 with violations for \
            an unknown value. total is exact up to 10 000 and for the pages up to the one asked; beyond that it is a \
            lower bound.""";
    /** Counting every match of a common word exactly costs more than finding the page. */
    private static final long EXACT_TOTAL_UP_TO = 10_000;

    private final CatalogSearch search;
    private final CatalogQueries queries;
    private final CatalogReader reader;
    private final Messages messages;
    private final RichText richText;

    CatalogApi(CatalogSearch search, CatalogQueries queries, CatalogReader reader, Messages messages,
            RichText richText) {
        this.richText = richText;
        this.search = search;
        this.queries = queries;
        this.reader = reader;
        this.messages = messages;
    }

    record Partner(String code, String name, String url) {
    }

    record Summary(String code, String url, String language, String title, String shortDescription, Partner partner,
            String iconUrl, boolean recommended, PricingPolicy pricingPolicy, TechnologyType technologyType,
            long installs, Instant firstPublishedAt, double ratingAverage, long ratingCount) {

        static Summary of(CatalogSummary summary, String lang) {
            return new Summary(summary.code(), CatalogLinks.app(summary.code()), summary.language(lang),
                    summary.title(lang), summary.shortDescription(lang),
                    new Partner(summary.partnerCode(), summary.partnerName(), CatalogLinks.partner(summary.partnerCode())),
                    CatalogLinks.icon(summary.code(), summary.iconThumbKey(), summary.title(lang)), summary.recommended(),
                    summary.pricingPolicy(), summary.technologyType(), summary.installs(), summary.firstPublishedAt(),
                    summary.ratingAverage(), summary.ratingCount());
        }
    }

    record Named(String code, String name) {
    }

    record Scope(String code, String description) {
    }

    record Image(String url, String thumbnailUrl, int width, int height, String caption) {
    }

    record Version(int number, Instant publishedAt, String whatsNew) {
    }

    record Solution(String code, String url, String installUrl, String language, String title,
            String shortDescription, String fullDescription, String installation, String support, Partner partner,
            String iconUrl, List<Image> screenshots, PricingPolicy pricingPolicy, String pricing, String licenseUrl,
            String privacyUrl, String contactUrl, String demoUrl, List<Named> categories, List<Named> tags,
            List<Scope> scopes, int version, List<Version> versions, boolean recommended,
            TechnologyType technologyType, List<String> regions, long installs, Instant firstPublishedAt,
            Instant publishedAt, double ratingAverage, long ratingCount) {
    }

    @GetMapping("/solutions")
    @Operation(summary = "Search and browse the published solutions", description = SEARCH)
    ResponseEntity<PageResponse<Summary>> solutions(@RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String pricing, @RequestParam(required = false) String region,
            @RequestParam(required = false) String technology, @RequestParam(required = false) String recommended,
            @RequestParam(required = false) String partner, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        CatalogQuery query = queries.parse(new CatalogQueries.Params(q, region, category, tag, pricing, technology,
                recommended, partner, sort, page, size));
        CatalogResults results = search.search(query, false,
                Math.max(EXACT_TOTAL_UP_TO, (query.page() + 1L) * query.size()));
        String lang = CatalogLanguages.current();
        return CatalogHttp.revalidated(new PageResponse<>(results.items().stream().map(s -> Summary.of(s, lang))
                .toList(), results.page(), results.size(), results.total(), results.totalPages()));
    }

    @GetMapping("/solutions/{code}")
    @Operation(summary = "A published solution: its card and version as customers see them", description = "lang: "
            + "the language of the texts (else the mandatory language of the solution's region). 404 when the "
            + "solution is not in the catalog (never published, hidden by its partner, removed by a moderator).")
    ResponseEntity<Solution> solution(@PathVariable String code) {
        String lang = CatalogLanguages.current();
        CatalogReader.SolutionDetails details = reader.solution(code, lang)
                .orElseThrow(() -> new NotFound(messages.get("catalog.error.unknown", code)));
        CatalogSnapshot s = details.snapshot();
        String language = details.language();
        var text = details.text();
        return CatalogHttp.revalidated(new Solution(s.code(), CatalogLinks.app(s.code()), CatalogLinks.install(s.code()),
                language, text.title(), text.shortDescription(), richText.html(text.fullDescription()), text.installation(),
                text.support(), new Partner(s.partnerCode(), s.partnerName(), CatalogLinks.partner(s.partnerCode())),
                CatalogLinks.icon(s.code(), s.iconKey(), text.title()), s.screenshots().stream().map(shot -> image(s, shot)).toList(),
                s.pricingPolicy(), s.pricingPolicy() == null ? null
                        : messages.get("catalog.pricing." + s.pricingPolicy().name()),
                s.licenseUrl(), s.privacyUrl(), s.contactUrl(), s.demoUrl(),
                details.categories().stream().map(c -> new Named(c.code(), c.fullName(language))).toList(),
                details.tags().stream().map(t -> new Named(t.code(), t.name(language))).toList(),
                s.scopes().stream().map(scope -> new Scope(scope, CatalogScopes.describe(messages, scope))).toList(),
                s.versionNumber(), details.versions().stream()
                        .map(v -> new Version(v.number(), v.publishedAt(), v.whatsNew())).toList(),
                s.recommended(), s.technologyType(), s.regions(), details.installs(), s.firstPublishedAt(),
                s.publishedAt(), details.ratingAverage(), details.ratingCount()));
    }

    @GetMapping("/counts")
    @Operation(summary = "How many published solutions each category group, category and tag has")
    ResponseEntity<Map<String, Map<String, Long>>> counts() {
        CatalogResults all = search.search(CatalogQuery.everything(CatalogSort.NEWEST, 1), true);
        return CatalogHttp.revalidated(Map.of("groups", all.groups(), "categories", all.categories(), "tags", all.tags()));
    }

    private static Image image(CatalogSnapshot snapshot, Screenshot shot) {
        return new Image(CatalogLinks.media(snapshot.code(), shot.key()), CatalogLinks.media(snapshot.code(),
                shot.thumbKey()), shot.width(), shot.height(), shot.caption());
    }
}
