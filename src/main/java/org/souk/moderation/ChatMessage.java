package org.souk.moderation;

import java.time.Instant;

/** A message as both sides see it; {@code submissionId} links it to the submission it concerns. */
public record ChatMessage(long id, String author, boolean fromModerator, String body, Long submissionId,
        Instant createdAt) {
}
