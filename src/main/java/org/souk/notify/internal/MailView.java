package org.souk.notify.internal;

import java.time.Instant;

/** An e-mail as the dev mailbox shows it. */
public record MailView(long id, String recipient, String subject, String body, Instant createdAt,
        OutboundMailEntity.Delivery delivery, String error) {
}
