package org.souk.notify.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends plain-text e-mail. Every message is kept (the dev mailbox shows them); with an SMTP server
 * configured (spring.mail.host) it is sent, else written to the log. A failed SMTP send throws, so the
 * event publication stays incomplete and is sent again later.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final OutboundMailRepository mails;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, OutboundMailRepository mails, @Value("${souk.mail.from}") String from) {
        this.sender = sender;
        this.mails = mails;
        this.from = from;
    }

    @Transactional
    public void send(String to, String subject, String body) {
        subject = oneLine(subject);
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("E-mail to {} (no SMTP server configured; kept in the dev mailbox)\nSubject: {}\n\n{}", to,
                    subject, body);
            mails.save(new OutboundMailEntity(to, subject, body, OutboundMailEntity.Delivery.LOGGED, null));
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
        } catch (MailException e) {
            log.warn("E-mail to {} failed: {}", to, e.getMessage());
            throw e;
        }
        mails.save(new OutboundMailEntity(to, subject, body, OutboundMailEntity.Delivery.SENT, null));
    }

    /** A subject is one header line: line breaks from texts in it (a card's title) must not start another header. */
    static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
