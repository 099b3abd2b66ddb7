package org.souk.notify.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.identity.PasswordLinkIssued;
import org.souk.market.Regions;
import org.souk.moderation.ChatMessagePosted;
import org.souk.moderation.FieldComment;
import org.souk.moderation.ModerationOutcome;
import org.souk.notify.Notifications;
import org.souk.partner.PartnerApproved;
import org.souk.partner.PartnerRegistered;
import org.souk.partner.PartnerRejected;
import org.souk.programs.ProgramNotice;
import org.souk.review.ReviewModerated;
import org.souk.review.ReviewReplied;
import org.souk.web.FieldLabels;
import org.souk.web.RuleBook;
import org.souk.web.SiteAddress;
import org.souk.webhooks.WebhookEndpointDisabled;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into e-mail (P-02). Each listener runs after the change committed and
 * is recorded in the event publication registry, so a crash never loses a message.
 */
@Component
class MailNotifications {

    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z](?:-[A-Z]+)?-\\d+\\b");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final MessageSource texts;
    private final SiteAddress site;
    private final Notifications notifications;
    private final RuleBook rules;
    private final FieldLabels labels;
    private final Regions regions;

    MailNotifications(Mailer mailer, MessageSource texts, SiteAddress site, Notifications notifications,
            RuleBook rules, FieldLabels labels, Regions regions) {
        this.regions = regions;
        this.rules = rules;
        this.labels = labels;
        this.notifications = notifications;
        this.mailer = mailer;
        this.texts = texts;
        this.site = site;
    }

    @ApplicationModuleListener
    void on(PasswordLinkIssued event) {
        String kind = event.purpose() == PasswordLinkIssued.Purpose.INVITE ? "invite" : "reset";
        mailer.send(event.email(), text("mail." + kind + ".subject"), text("mail." + kind + ".body",
                event.firstName(), event.link(), TIME.format(event.expiresAt()), event.invitedTo()));
    }

    @ApplicationModuleListener
    void on(PartnerRegistered event) {
        mailer.send(event.email(), text("mail.registered.subject", event.code()), text("mail.registered.body",
                event.firstName(), event.companyName(), event.code(), site.get() + "/partner"));
    }

    @ApplicationModuleListener
    void on(PartnerApproved event) {
        event.owners().forEach(owner -> mailer.send(owner, text("mail.approved.subject", event.code()),
                text("mail.approved.body", event.companyName(), event.code(), site.get() + "/partner/sales")));
    }

    @ApplicationModuleListener
    void on(PartnerRejected event) {
        event.owners().forEach(owner -> mailer.send(owner, text("mail.rejected.subject", event.code()),
                text("mail.rejected.body", event.companyName(), event.code(), event.reason())));
    }

    /** M-09: every result of moderation reaches each user of the partner, by e-mail and in the app. */
    @ApplicationModuleListener
    void on(ModerationOutcome event) {
        String what = text("moderation.outcome." + event.outcome(), event.title() + " (" + event.solutionCode() + ")");
        String comment = (event.comment() == null ? ""
                : text("moderation.outcome.comment", event.comment()) + rulesNamed(event.comment()))
                + remarks(event.remarks());
        String link = site.get() + event.link();
        event.recipients().forEach(recipient -> {
            mailer.send(recipient.email(), text("mail.moderation.subject", event.solutionCode(), what),
                    text("mail.moderation.body", what, comment, link));
            notifications.add(recipient.userId(), what, event.link());
        });
    }

    /** The remarks on fields, each field named as the form labels it (the path is for the API and moderators). */
    private String remarks(List<FieldComment> remarks) {
        if (remarks == null || remarks.isEmpty()) {
            return "";
        }
        StringBuilder lines = new StringBuilder(text("mail.remarks")).append('\n');
        for (FieldComment remark : remarks) {
            String label = labels.of(remark.field(), Locale.ENGLISH);
            lines.append(text("mail.remark", label == null ? remark.field() : label, remark.comment())).append('\n');
        }
        return lines.toString();
    }

    /** The rules a comment names by id ("[C-17] …"), each with its text and where to read it. */
    private String rulesNamed(String comment) {
        Matcher id = RULE_ID.matcher(comment);
        Set<String> named = new LinkedHashSet<>();
        while (id.find()) {
            named.add(id.group());
        }
        StringBuilder lines = new StringBuilder();
        for (String rule : named) {
            String text = rules.text(rule);
            if (text != null) {
                lines.append(text("mail.rule", rule, text, site.get() + "/rules/" + rule)).append('\n');
            }
        }
        return lines.isEmpty() ? "" : text("mail.rules") + "\n" + lines;
    }

    /** M-05: a new chat message reaches whoever of the other side is away from the chat. */
    @ApplicationModuleListener
    void on(ChatMessagePosted event) {
        String link = site.get() + event.link();
        event.recipients().forEach(recipient -> {
            mailer.send(recipient.email(), text("mail.chat.subject", event.author(), event.partnerCode()),
                    text("mail.chat.body", event.author(), event.partnerCode(), regions.name(event.region()),
                            event.excerpt(), link));
            notifications.add(recipient.userId(), text("notifications.chat", event.author(), event.partnerCode()),
                    event.link());
        });
    }

    /** G-01, G-02: a sandbox or an NFR license granted, refused, ending soon, ended or extended. */
    @ApplicationModuleListener
    void on(ProgramNotice event) {
        String key = "mail.program." + event.notice();
        Object[] args = { text("programs.kind." + event.kind()), event.account(),
            event.endsAt() == null ? "" : TIME.format(event.endsAt()), event.daysLeft(),
            event.reason() == null ? "" : event.reason(), site.get() + event.link() };
        String subject = text(key + ".subject", args);
        event.recipients().forEach(recipient -> {
            mailer.send(recipient.email(), subject, text(key + ".body", args));
            notifications.add(recipient.userId(), subject, event.link());
        });
    }

    /** Issue 15: the partner answered a customer's review; its author hears of it by e-mail and in the app. */
    @ApplicationModuleListener
    void on(ReviewReplied event) {
        String subject = text("mail.review.reply.subject", event.partnerName(), event.solutionCode());
        mailer.send(event.authorEmail(), subject, text("mail.review.reply.body", event.partnerName(),
                event.solutionCode(), event.reply(), site.get() + event.link()));
        notifications.add(event.authorId(), subject, event.link());
    }

    /** Issue 15: a moderator hid a review or restored it; its author is told why. */
    @ApplicationModuleListener
    void on(ReviewModerated event) {
        String key = event.hidden() ? "mail.review.hidden" : "mail.review.restored";
        String subject = text(key + ".subject", event.solutionCode());
        mailer.send(event.authorEmail(), subject, text(key + ".body", event.solutionCode(), event.reason(),
                site.get() + event.link()));
        notifications.add(event.authorId(), subject, event.link());
    }

    /** An endpoint that failed for days was disabled: its partner's users learn why and where to enable it. */
    @ApplicationModuleListener
    void on(WebhookEndpointDisabled event) {
        String link = site.get() + event.link();
        String error = event.lastError() == null ? "" : event.lastError();
        event.recipients().forEach(recipient -> {
            mailer.send(recipient.email(), text("mail.webhook.disabled.subject"),
                    text("mail.webhook.disabled.body", event.url(), error, link));
            notifications.add(recipient.userId(), text("notifications.webhook.disabled", event.url()), event.link());
        });
    }

    /** E-mail goes out in English: the market does not yet keep a language per user. */
    private String text(String code, Object... args) {
        return texts.getMessage(code, args, Locale.ENGLISH);
    }
}
