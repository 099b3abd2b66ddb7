package org.souk.solution.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.solution.SolutionVersions;
import org.souk.solution.SolutionCards;
import org.souk.identity.SoukUser;
import org.souk.solution.Card;
import org.souk.solution.CardPatch;
import org.souk.solution.Draft;
import org.souk.solution.DraftDiff;
import org.souk.solution.NewSolution;
import org.souk.solution.Revision;
import org.souk.solution.Revisions;
import org.souk.solution.SolutionStatus;
import org.souk.solution.SolutionView;
import org.souk.solution.SubmissionHistory;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.solution.VersionPatch;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The developer's area through the API (api.md, "Solutions"): a partner's CI can do all of it. */
@RestController
@RequestMapping("/api/v1/solutions")
@Tag(name = "Solutions", description = "The developer's area: solutions, cards, versions, media (S-*, C-*, V-*)")
class SolutionApi {

    private final Solutions solutions;
    private final SolutionCards cards;
    private final SolutionVersions versions;
    private final SolutionMedia media;
    private final Revisions revisions;
    private final Drafts drafts;
    private final SolutionAccess access;
    private final Messages messages;

    private final ObjectProvider<SubmissionHistory> submissions;

    SolutionApi(Solutions solutions, SolutionCards cards, SolutionVersions versions, SolutionMedia media,
            Revisions revisions, Drafts drafts, SolutionAccess access, Messages messages,
            ObjectProvider<SubmissionHistory> submissions) {
        this.submissions = submissions;
        this.solutions = solutions;
        this.cards = cards;
        this.versions = versions;
        this.media = media;
        this.revisions = revisions;
        this.drafts = drafts;
        this.access = access;
        this.messages = messages;
    }

    record Created(String code, String clientId, String clientSecret, SolutionStatus status, TechnologyType type,
            List<String> regions) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a solution (S-01) and get its OAuth keys at once (S-02)", description = "appCode: "
            + "lower-case latin letters, digits, underscores, starting with a letter, 2-32; the code becomes "
            + "partnercode.appcode and never changes. type: rest_api, solution_preset, smart_scripts, "
            + "website_template, bi_report (any case). The client secret is in this answer only. The first solution "
            + "freezes the partner code (P-03).")
    Created add(@AuthenticationPrincipal SoukUser user, @RequestBody NewSolution request) {
        Solutions.Created created = solutions.add(user, request);
        SolutionView view = created.solution();
        return new Created(view.code(), view.clientId(), created.clientSecret(), view.status(), view.technologyType(),
                view.regions());
    }

    @GetMapping
    @Operation(summary = "Your partner's solutions with their status, newest first")
    PageResponse<SolutionView> list(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return solutions.list(user, page, size);
    }

    /**
     * A solution as its partner sees it. The versions, revisions and submissions are the newest {@link #RECENT} of
     * each, with how many there are: a solution released for years gathers hundreds, and every revision holds a
     * whole card. All of them, a page at a time: {@code …/versions}, {@code …/revisions}, {@code …/submissions}.
     */
    record Detail(SolutionView solution, Draft draft, List<VersionCard> versions, long versionsTotal,
            Revision published, List<Revision> revisions, long revisionsTotal, List<Drafts.Change> changes,
            List<?> submissions, long submissionsTotal) {
    }

    /** How many versions, revisions and submissions the solution's detail embeds, newest first. */
    static final int RECENT = 20;

    @GetMapping("/{code}")
    @Operation(summary = "A solution: status, the draft (card and latest version), the published revision, the "
            + "newest 20 versions, revisions and submissions (with the moderators' comments) and how many there "
            + "are of each, and the draft's recent changes", description = "All the versions, revisions and "
            + "submissions: GET …/versions, …/revisions and …/submissions, paginated.")
    Detail get(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        SolutionView view = solutions.get(user, code);
        SolutionEntity solution = access.owned(user, code);
        SubmissionHistory history = submissions.getIfAvailable();
        PageResponse<VersionCard> recentVersions = versions.history(user, code, 0, RECENT);
        PageResponse<Revision> recentRevisions = revisions.page(view.code(), 0, RECENT);
        PageResponse<?> recentSubmissions = history == null ? PageResponse.of(List.of(), 0, RECENT)
                : history.of(user, view.code(), 0, RECENT);
        return new Detail(view, drafts.of(solution), recentVersions.items(), recentVersions.total(),
                revisions.published(view.code()).orElse(null), recentRevisions.items(), recentRevisions.total(),
                drafts.history(solution, 50), recentSubmissions.items(), recentSubmissions.total());
    }

    @GetMapping("/{code}/revisions")
    @Operation(summary = "The solution's revisions, newest first: each a frozen copy of the draft as it was "
            + "submitted (paginated: page, size up to 50, total)")
    PageResponse<Revision> revisions(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return revisions.page(access.owned(user, code).getCode(), page, size);
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a solution that was never published (S-06)", description = "409 for a "
            + "published one: it leaves the catalog through PUT …/catalog-visibility instead.")
    void delete(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        solutions.delete(user, code);
    }

    record Secret(String clientId, String clientSecret) {
    }

    @PostMapping("/{code}/client-secret")
    @Operation(summary = "Rotate the client secret (S-02)", description = "The new secret is in this answer "
            + "only; the old one stops working at once.")
    Secret rotate(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        String secret = solutions.rotateSecret(user, code);
        return new Secret(solutions.get(user, code).clientId(), secret);
    }

    record RegionRequest(String region) {
    }

    @PostMapping("/{code}/regions")
    @Operation(summary = "Offer the solution in one more region (S-05)", description = "It keeps its code and "
            + "keys; its card then needs the new region's mandatory language (C-11).")
    SolutionView addRegion(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestBody RegionRequest request) {
        return solutions.addRegion(user, code, request.region());
    }

    record Visibility(Boolean available) {
    }

    @PutMapping("/{code}/catalog-visibility")
    @Operation(summary = "\"Available in the catalog\" (U-02, S-06)", description = "Only for a published solution.")
    SolutionView visibility(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestBody Visibility visibility) {
        if (visibility.available() == null) {
            throw new InvalidInput(messages.violation("available", "U-02", "error.required"));
        }
        return solutions.setAvailableInCatalog(user, code, visibility.available());
    }

    @GetMapping("/{code}/diff")
    @Operation(summary = "What changed, field by field", description = "from and to are ids of the draft's "
            + "changes (see 'changes' of GET /api/v1/solutions/{code}); without 'to': the draft now; without "
            + "'from': the published revision, or nothing for a solution never published. Texts come as a "
            + "word diff, lists with what was added and removed, media as before and after.")
    List<DraftDiff.FieldChange> diff(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
        SolutionEntity solution = access.owned(user, code);
        Draft before = from != null ? drafts.change(solution, from)
                : revisions.published(solution.getCode()).map(Revision::draft).orElse(null);
        Draft after = to != null ? drafts.change(solution, to) : drafts.of(solution);
        return DraftDiff.between(before, after);
    }

    @GetMapping("/{code}/card")
    @Operation(summary = "The draft card", description = "testData is for the moderator (C-24): it is never "
            + "published nor in any public API.")
    Card card(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return cards.card(user, code);
    }

    @PatchMapping("/{code}/card")
    @Operation(summary = "Change the draft card, partially", description = "Fields left out stay; \"\" clears a "
            + "field; texts are per language (a language mapped to null is removed). fullDescription is "
            + "sanitized HTML. At most 5 categories (C-02) and 5 tags (C-10) from the lists of "
            + "/api/v1/catalog/categories and /tags. 409 while the solution is on moderation (S-08).")
    Card updateCard(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @RequestBody CardPatch patch) {
        return cards.update(user, code, patch).card();
    }

    @PutMapping(path = "/{code}/card/icon", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the icon (C-19)", description = "multipart 'file': JPEG or PNG, square, 250x250 "
            + "to 650x650, no transparency, at most 5 MB.")
    Card icon(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return cards.setIcon(user, code, content).card();
        }
    }

    @PostMapping(path = "/{code}/card/screenshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a screenshot (C-20)", description = "multipart 'file' (JPEG or PNG, at most 1280x720, "
            + "5 MB) and an optional 'caption'; it goes to the end of the slider.")
    Card addScreenshot(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) String caption)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return cards.addScreenshot(user, code, content, caption).card();
        }
    }

    @DeleteMapping("/{code}/card/screenshots/{id}")
    @Operation(summary = "Remove a screenshot")
    Card removeScreenshot(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable long id) {
        return cards.removeScreenshot(user, code, id).card();
    }

    record Order(List<Long> ids) {
    }

    @PutMapping("/{code}/card/screenshots/order")
    @Operation(summary = "Reorder the screenshots", description = "ids: every screenshot id once, in slider order.")
    Card reorder(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @RequestBody Order order) {
        return cards.reorderScreenshots(user, code, order.ids()).card();
    }

    record Caption(String caption) {
    }

    @PatchMapping("/{code}/card/screenshots/{id}")
    @Operation(summary = "Change a screenshot's caption")
    Card caption(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable long id,
            @RequestBody Caption caption) {
        return cards.captionScreenshot(user, code, id, caption.caption()).card();
    }

    @GetMapping("/{code}/media/{key}")
    @Operation(summary = "An image or archive of the solution (its partner only)")
    ResponseEntity<InputStreamResource> media(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @PathVariable String key) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(media.open(user, code, key)));
    }

    @PostMapping("/{code}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a new version (S-10)", description = "Starts from the latest version: same scopes, "
            + "options, URLs and archive, the next number, an empty \"What's new\" (V-07); then the fields of the "
            + "body change it as PATCH of a version does, with the same checks (422 with the violations, and no "
            + "version added). No body: the copy as it is.")
    VersionCard addVersion(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestBody(required = false) VersionPatch patch) {
        return versions.add(user, code, patch == null ? VersionPatch.NONE : patch);
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "The version history, newest first (paginated: page, size, total)")
    PageResponse<VersionCard> versions(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return versions.history(user, code, page, size);
    }

    @GetMapping("/{code}/versions/{number}")
    @Operation(summary = "A version card")
    VersionCard version(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable int number) {
        return versions.get(user, code, number);
    }

    @PatchMapping("/{code}/versions/{number}")
    @Operation(summary = "Change the latest version card, partially (V-01 … V-07)", description = "scopes from "
            + "the list of protocol.md; placements for widgets; appUrl, installerUrl, handlerUrl as http(s); "
            + "whatsNew per language. 409 for a moderated version (S-09), an older version, or while on "
            + "moderation (S-08).")
    VersionCard updateVersion(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @PathVariable int number, @RequestBody VersionPatch patch) {
        versions.update(user, code, number, patch);
        return versions.get(user, code, number);
    }

    @PutMapping(path = "/{code}/versions/{number}/archive", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the archive of a static app or site template (V-05, T-SITE-1)", description =
            "multipart 'file': a .zip named in latin letters without spaces, at most 10 MB and 2000 entries, no "
            + "entry outside its folder.")
    VersionCard archive(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @PathVariable int number,
            @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            versions.setArchive(user, code, number, file.getOriginalFilename(), content);
        }
        return versions.get(user, code, number);
    }
}
