package org.souk.review.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.review.ModerationItem;
import org.souk.review.RatingSummary;
import org.souk.review.ReportReason;
import org.souk.review.Review;
import org.souk.review.Reviews;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ratings and reviews through the API, with the rules of the pages (api.md, "Reviews"). */
@RestController
@Tag(name = "Reviews", description = "Ratings and reviews of published solutions, the partner's replies, reports "
        + "and moderation")
class ReviewApi {

    private final Reviews reviews;
    private final Messages messages;

    ReviewApi(Reviews reviews, Messages messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    /** A page of a solution's reviews with its ratings; {@code languages}: the review languages with their counts. */
    record ReviewPage(RatingSummary rating, Map<String, Long> languages, List<Review> items, int page, int size,
            long total, int totalPages) {
    }

    record ReviewBody(Integer rating, String text) {
    }

    record TextBody(String text) {
    }

    record ReportBody(ReportReason reason) {
    }

    record ReasonBody(String reason) {
    }

    @GetMapping({ "/api/v1/catalog/solutions/{code}/reviews", "/api/v1/solutions/{code}/reviews" })
    @Operation(summary = "A published solution's visible reviews, newest first, with its average, count, smoothed "
            + "score and distribution of stars", description = "Public. lang: only reviews written in that language; "
                    + "page from 0, size up to 100.")
    ReviewPage list(@PathVariable String code, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Reviews.Shown shown = reviews.listed(code, lang, page, size);
        PageResponse<Review> found = shown.reviews();
        return new ReviewPage(shown.rating(), shown.languages(), found.items(), found.page(), found.size(),
                found.total(), found.totalPages());
    }

    @GetMapping("/api/v1/solutions/{code}/reviews/mine")
    @Operation(summary = "The signed-in user's review of the solution (404 when there is none)")
    Review mine(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return reviews.mine(user, code).orElseThrow(() -> new NotFound(messages.get("review.error.noneMine", code)));
    }

    @PutMapping("/api/v1/solutions/{code}/reviews/mine")
    @Operation(summary = "Rate a solution and review it, or change one's review", description = "rating: 1-5; text: "
            + "optional plain text, at most 4000 characters. Only a user of a customer account on which the solution "
            + "is or was installed (403 otherwise).")
    Review write(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @RequestBody ReviewBody body) {
        return reviews.write(user, code, body.rating(), body.text());
    }

    @GetMapping("/api/v1/reviews/{id}")
    @Operation(summary = "One visible review")
    Review get(@PathVariable long id) {
        return reviews.get(id);
    }

    @PutMapping("/api/v1/reviews/{id}/reply")
    @Operation(summary = "The partner's reply to a review of its solution: one per review, written or changed",
            description = "text: 1-4000 characters. The review's author is told of the first reply by e-mail and in "
                    + "the app.")
    Review reply(@AuthenticationPrincipal SoukUser user, @PathVariable long id, @RequestBody TextBody body) {
        return reviews.reply(user, id, body.text());
    }

    @PostMapping("/api/v1/reviews/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a review to the moderators", description = "reason: spam, offensive or off_topic; "
            + "once per user and review (409 after).")
    Map<String, String> report(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestBody ReportBody body) {
        reviews.report(user, id, body.reason());
        return Map.of("status", "reported");
    }

    @GetMapping("/api/v1/partners/me/reviews")
    @Operation(summary = "The reviews of the signed-in partner's solutions, newest first")
    PageResponse<Review> ofMyPartner(@AuthenticationPrincipal SoukUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return reviews.ofMyPartner(user, page, size);
    }

    @GetMapping("/api/v1/moderation/reviews")
    @Operation(summary = "Reviews for the moderators", description = "view=open (default): flagged by the "
            + "offensive-word list or reported, oldest first; view=hidden: hidden ones, the latest first.")
    PageResponse<ModerationItem> queue(@RequestParam(defaultValue = "open") String view,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return reviews.queue("hidden".equalsIgnoreCase(view), page, size);
    }

    @PostMapping("/api/v1/moderation/reviews/{id}/hiding")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Hide a review with a reason (1-1000 characters); its author is told")
    ModerationItem hide(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestBody ReasonBody body) {
        return reviews.hide(moderator, id, body.reason());
    }

    @PostMapping("/api/v1/moderation/reviews/{id}/restoration")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Restore a hidden review, or keep a flagged or reported one, with a reason; the author of "
            + "a hidden one is told")
    ModerationItem restore(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestBody ReasonBody body) {
        return reviews.restore(moderator, id, body.reason());
    }
}
