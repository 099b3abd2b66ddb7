package org.souk.programs;

import java.time.Instant;
import java.util.List;

import org.souk.moderation.Recipient;

/**
 * Something the partner's users are told of about a sandbox or an NFR license: a request granted or refused, a
 * reminder {@code daysLeft} days before the end, its end (with the reason), an extension. notify mails it.
 */
public record ProgramNotice(Notice notice, GrantKind kind, String account, Instant endsAt, Integer daysLeft,
        String reason, List<Recipient> recipients, String link) {

    public enum Notice {
        GRANTED, REFUSED, REMINDER, ENDED, EXTENDED
    }
}
