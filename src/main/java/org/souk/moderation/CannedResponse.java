package org.souk.moderation;

import java.time.Instant;

/** A prepared text a moderator inserts into a comment: the rule it cites and the words to say. */
public record CannedResponse(long id, String rule, String title, String body, String updatedBy, Instant updatedAt) {

    /** The text inserted: the rule id first, so the partner can look the rule up. */
    public String text() {
        return rule == null || rule.isBlank() ? body : "[" + rule + "] " + body;
    }
}
