package org.souk.moderation.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.moderation.CannedResponse;
import org.souk.moderation.CannedResponses;
import org.souk.moderation.ChatMessage;
import org.souk.moderation.ChatThread;
import org.souk.moderation.Chats;
import org.souk.moderation.Decision;
import org.souk.moderation.ModerationDesk;
import org.souk.moderation.ModerationStats;
import org.souk.moderation.QueueEntry;
import org.souk.moderation.Review;
import org.souk.moderation.SubmissionView;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The moderators' side through the API; the path needs a moderator or a manager, decisions a moderator. */
@RestController
@RequestMapping("/api/v1/moderation")
@Tag(name = "Moderation", description = "The queue, claims, reviews and decisions (M-03 … M-10), takedowns, chats")
class ModerationApi {

    private final ModerationDesk desk;
    private final Chats chats;
    private final CannedResponses canned;
    private final ModerationStats stats;

    ModerationApi(ModerationDesk desk, Chats chats, CannedResponses canned, ModerationStats stats) {
        this.desk = desk;
        this.chats = chats;
        this.canned = canned;
        this.stats = stats;
    }

    @GetMapping("/queue")
    @Operation(summary = "The open submissions, oldest first (M-03)", description = "region: one region's queue, "
            + "`all` every region's; without it the regions a manager assigned to the caller (every region's for a "
            + "moderator without an assignment). A solution offered in several regions has one submission in each "
            + "region's queue. Each line has the region, the waiting time, the due date, the kind, who holds it and "
            + "the flags.")
    PageResponse<QueueEntry> queue(@AuthenticationPrincipal SoukUser viewer,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return desk.queue(viewer, region, page, size);
    }

    @PostMapping("/submissions/{id}/claim")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Claim a submission: one moderator reviews it at a time", description = "409 naming who "
            + "holds it when another moderator's claim has not run out.")
    QueueEntry claim(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id) {
        return desk.claim(moderator, id);
    }

    @PostMapping("/submissions/{id}/release")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Give a claimed submission back to the queue")
    QueueEntry release(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id) {
        return desk.release(moderator, id);
    }

    @GetMapping("/submissions/{id}")
    @Operation(summary = "The review: the revision, the diff against the published one, the check report (with "
            + "the test data), the partner's history, the checklist and the canned responses")
    Review review(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id) {
        return desk.review(moderator, id);
    }

    @PostMapping("/submissions/{id}/approval")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Approve (M-04): the revision is published (U-01, U-02)", description = "checklist: "
            + "verdicts pass / fail / n/a by rule id; all four T-TEL-1 scenarios passed label a telephony "
            + "solution Recommended (U-04). Needs your claim.")
    SubmissionView approve(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestBody(required = false) Decision decision) {
        return desk.approve(moderator, id, orEmpty(decision));
    }

    @PostMapping("/submissions/{id}/return")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Return for revision (M-04) with a required comment", description = "fieldComments: "
            + "[{field, comment}] shown beside those fields to the partner. The draft is editable again.")
    SubmissionView returnForRevision(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestBody Decision decision) {
        return desk.returnForRevision(moderator, id, decision);
    }

    @PostMapping("/submissions/{id}/refusal")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Refuse publication, with or without an explanation (M-06)")
    SubmissionView refuse(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id,
            @RequestBody(required = false) Decision decision) {
        return desk.refuse(moderator, id, orEmpty(decision));
    }

    @PostMapping("/submissions/{id}/cancellation")
    @PreAuthorize("hasRole('MODERATOR')")
    @Operation(summary = "Confirm the partner's request to cancel a submission you hold (M-10)")
    SubmissionView confirmCancellation(@AuthenticationPrincipal SoukUser moderator, @PathVariable long id) {
        return desk.confirmCancellation(moderator, id);
    }

    record Reason(String reason) {
    }

    @PostMapping("/solutions/{code}/removal")
    @PreAuthorize("hasRole('MODERATOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a published solution from the catalog with a reason (M-06)")
    void remove(@AuthenticationPrincipal SoukUser moderator, @PathVariable String code, @RequestBody Reason reason) {
        desk.remove(moderator, code, reason.reason());
    }

    @PostMapping("/solutions/{code}/reinstatement")
    @PreAuthorize("hasRole('MODERATOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Put a removed solution back in the catalog (M-06)")
    void reinstate(@AuthenticationPrincipal SoukUser moderator, @PathVariable String code) {
        desk.reinstate(moderator, code);
    }

    @GetMapping("/chats")
    @Operation(summary = "Every partner's chat, the most recently active first, with your unread counts")
    PageResponse<Chats.ThreadSummary> chats(@AuthenticationPrincipal SoukUser moderator,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return chats.threads(moderator, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    record NewMessage(String body, Long submissionId) {
    }

    @GetMapping("/chats/{partnerCode}/{region}/messages")
    @Operation(summary = "A partner's chat with the region's moderators (M-05); marks it read for you")
    ChatThread thread(@AuthenticationPrincipal SoukUser moderator, @PathVariable String partnerCode,
            @PathVariable String region) {
        return chats.ofPartner(moderator, partnerCode, region);
    }

    @PostMapping("/chats/{partnerCode}/{region}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to a partner in the chat of a region (M-05)")
    ChatMessage post(@AuthenticationPrincipal SoukUser moderator, @PathVariable String partnerCode,
            @PathVariable String region, @RequestBody NewMessage message) {
        return chats.postToPartner(moderator, partnerCode, region, message.body(), message.submissionId());
    }

    @GetMapping("/canned-responses")
    @Operation(summary = "The canned responses, each citing a rule")
    List<CannedResponse> canned() {
        return canned.all();
    }

    @PostMapping("/canned-responses")
    @PreAuthorize("hasRole('MANAGER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a canned response (market managers)")
    CannedResponse addCanned(@AuthenticationPrincipal SoukUser manager, @RequestBody CannedResponses.Form form) {
        return canned.add(manager, form);
    }

    @PutMapping("/canned-responses/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    @Operation(summary = "Change a canned response (market managers)")
    CannedResponse updateCanned(@AuthenticationPrincipal SoukUser manager, @PathVariable long id,
            @RequestBody CannedResponses.Form form) {
        return canned.update(manager, id, form);
    }

    @DeleteMapping("/canned-responses/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a canned response (market managers)")
    void deleteCanned(@PathVariable long id) {
        canned.delete(id);
    }

    @GetMapping("/stats")
    @Operation(summary = "The numbers of moderation (moderators and market managers)", description = "Per region: queue length, "
            + "waiting time (median, 90th percentile), share returned, share overdue; decisions per day per "
            + "moderator; over the last `days` days (default 30).")
    ModerationStats.Report stats(@RequestParam(defaultValue = "30") int days) {
        return stats.report(days);
    }

    private static Decision orEmpty(Decision decision) {
        return decision == null ? new Decision(null, null, null) : decision;
    }
}
