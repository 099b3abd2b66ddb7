package org.souk.moderation.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.moderation.ChatMessage;
import org.souk.moderation.ChatThread;
import org.souk.moderation.Chats;
import org.souk.moderation.SubmissionView;
import org.souk.moderation.Submissions;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The partner's side of moderation through the API: submit, follow, cancel (M-01 … M-10), and the chat (M-05). */
@RestController
@Tag(name = "Submissions", description = "Submitting a solution for moderation and following it (M-01 … M-10)")
class SubmissionApi {

    private final Submissions submissions;
    private final Chats chats;
    private final Messages messages;

    SubmissionApi(Submissions submissions, Chats chats, Messages messages) {
        this.submissions = submissions;
        this.chats = chats;
        this.messages = messages;
    }

    @PostMapping("/api/v1/solutions/{code}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit the draft for moderation (M-01)", description = "Needs partner status (P-05), "
            + "the agreement of every region of the solution (P-08) and no blocker from the checks (M-02): "
            + "otherwise 422 with every missing thing as violations (field, rule, message). On success the "
            + "draft is frozen into a revision and read-only (S-08); the answer has the queue position and the "
            + "expected decision date.")
    SubmissionView submit(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return submissions.submit(user, code);
    }

    @GetMapping("/api/v1/solutions/{code}/submissions")
    @Operation(summary = "Every submission of the solution, newest first, with the moderators' comments "
            + "(paginated: page, size, total)")
    PageResponse<SubmissionView> history(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return submissions.history(user, code, page, size);
    }

    @GetMapping("/api/v1/solutions/{code}/submissions/current")
    @Operation(summary = "The open submission: status, position in the queue, expected decision date; 404 if none")
    SubmissionView current(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return submissions.current(user, code)
                .orElseThrow(() -> new NotFound(messages.get("error.submission.none")));
    }

    @GetMapping("/api/v1/solutions/{code}/submission-readiness")
    @Operation(summary = "What keeps the draft from being submitted now (empty: nothing)", description = "Partner "
            + "status, agreements, an open submission, and the blockers of the checks that need no network.")
    List<Violation> readiness(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return submissions.missing(user, code);
    }

    @PostMapping("/api/v1/solutions/{code}/submissions/current/cancellation")
    @Operation(summary = "Cancel the open submission (M-10)", description = "Before a moderator claims it the "
            + "submission is withdrawn at once (status CANCELLED) and the draft is editable again; after a claim "
            + "the request is posted in the chat and the moderator confirms it (cancelRequestedAt is set).")
    SubmissionView cancel(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return submissions.cancel(user, code);
    }

    record NewMessage(String body, Long submissionId) {
    }

    @GetMapping("/api/v1/chats/{region}/messages")
    @Operation(summary = "Your chat with the moderators of a region (M-05), the latest 200 messages; marks it read")
    ChatThread thread(@AuthenticationPrincipal SoukUser user, @PathVariable String region) {
        return chats.mine(user, region);
    }

    @PostMapping("/api/v1/chats/{region}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the moderators of a region (M-05, M-07)", description = "body: 1-10000 "
            + "characters; submissionId: optional, one of your submissions the message concerns.")
    ChatMessage post(@AuthenticationPrincipal SoukUser user, @PathVariable String region,
            @RequestBody NewMessage message) {
        return chats.postMine(user, region, message.body(), message.submissionId());
    }
}
