package org.souk.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.moderation.internal.SubmissionEntity;
import org.souk.moderation.internal.SubmissionViews;
import org.souk.partner.Partners;
import org.souk.webhooks.PartnerEvent;
import org.souk.webhooks.PartnerEventTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the partner's users of every result (M-09, P-02): an event that notify turns into e-mail and in-app notices;
 * and the partner's programs of every step of a submission, as webhook events ({@code submission.*}).
 */
@Component
class Outcomes implements PartnerEventTypes {

    static final String QUEUED = "submission.queued";
    static final String CLAIMED = "submission.claimed";

    private final Partners partners;
    private final Chats chats;
    private final SubmissionViews views;
    private final ApplicationEventPublisher events;

    Outcomes(Partners partners, Chats chats, SubmissionViews views, ApplicationEventPublisher events) {
        this.partners = partners;
        this.chats = chats;
        this.views = views;
        this.events = events;
    }

    @Override
    public List<String> types() {
        return List.of(QUEUED, CLAIMED, "submission.returned", "submission.approved", "submission.refused",
                "submission.cancelled");
    }

    /** A decision or a cancellation of a submission, with the remarks the decision left on fields. */
    void tell(SubmissionEntity submission, ModerationOutcome.Outcome outcome, String comment) {
        publish(submission.getPartnerId(), submission.getSolutionCode(), submission.getTitle(),
                submission.getRegion(), outcome, comment, views.fieldComments(submission));
        // an approval in one of several regions is that region's submission approved (the solution waits for the rest)
        step(submission, outcome == ModerationOutcome.Outcome.APPROVED_IN_REGION ? "submission.approved"
                : "submission." + outcome.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A step of a submission for the partner's webhooks, in the transaction that made it: the submission as the API
     * shows it (status, kind, version, the moderator's comment and remarks by field) and the links to read more.
     * The moderator's name is not in it (M-03: partners never learn who holds a submission).
     */
    void step(SubmissionEntity submission, String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", submission.getId());
        item.put("status", submission.getStatus().name().toLowerCase(Locale.ROOT));
        item.put("kind", submission.getKind().name().toLowerCase(Locale.ROOT));
        item.put("version", submission.getVersionNumber());
        item.put("region", submission.getRegion());
        item.put("submittedAt", submission.getSubmittedAt().toString());
        if (submission.getComment() != null) {
            item.put("comment", submission.getComment());
        }
        // FieldComment is the API's own shape of a remark: {field, comment}
        item.put("remarks", views.fieldComments(submission));
        data.put("submission", item);
        Map<String, Object> solution = new LinkedHashMap<>();
        solution.put("code", submission.getSolutionCode());
        solution.put("title", submission.getTitle());
        data.put("solution", solution);
        String link = PartnerEvent.solutionLink(submission.getSolutionCode());
        events.publishEvent(new PartnerEvent(type, submission.getPartnerId(), data, Map.of("solution", link,
                "submissions", link + "/submissions", "submission", link + "/submissions/current")));
    }

    /** A result about a solution rather than a submission: a removal or a reinstatement. */
    void tell(long partnerId, String code, String title, String region, ModerationOutcome.Outcome outcome,
            String comment) {
        publish(partnerId, code, title, region, outcome, comment, List.of());
    }

    private void publish(long partnerId, String code, String title, String region,
            ModerationOutcome.Outcome outcome, String comment, List<FieldComment> remarks) {
        events.publishEvent(new ModerationOutcome(outcome, code, title, region, comment, remarks,
                partners.users(partnerId).stream().map(u -> new Recipient(u.id(), u.email())).toList(),
                "/partner/solutions/" + code + "/moderation"));
    }

    /** M-10 after a claim: the request reaches the moderator in the chat, linked to the submission. */
    void askToCancel(SoukUser user, SubmissionEntity submission) {
        chats.askToCancel(user, submission.getPartnerId(), submission.getRegion(), submission.getId(),
                submission.getSolutionCode());
    }
}
