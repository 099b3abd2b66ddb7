package org.souk.identity;

import java.time.Instant;

/**
 * A single-use link to set a password was made: a reset the user asked for, or an invitation. The
 * notify module e-mails it. The link holds the only copy of the token; the database keeps its hash.
 */
public record PasswordLinkIssued(String email, String firstName, Purpose purpose, String link, Instant expiresAt,
        String invitedTo) {

    public enum Purpose {
        RESET, INVITE
    }
}
