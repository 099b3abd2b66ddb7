package org.souk.moderation;

import java.util.List;

import org.souk.identity.SoukUser;
import org.souk.moderation.internal.SubmissionEntity;
import org.souk.moderation.internal.SubmissionViews;
import org.souk.partner.Partners;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the partner's users of every result (M-09, P-02): an event that notify turns into e-mail and in-app notices. */
@Component
class Outcomes {

    private final Partners partners;
    private final Chats chats;
    private final ApplicationEventPublisher events;
    private final SubmissionViews views;

    Outcomes(Partners partners, Chats chats, ApplicationEventPublisher events, SubmissionViews views) {
        this.views = views;
        this.partners = partners;
        this.chats = chats;
        this.events = events;
    }

    /** A decision or a cancellation of a submission, with the remarks the decision left on fields. */
    void tell(SubmissionEntity submission, ModerationOutcome.Outcome outcome, String comment) {
        publish(submission.getPartnerId(), submission.getSolutionCode(), submission.getTitle(),
                submission.getRegion(), outcome, comment, views.fieldComments(submission));
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
