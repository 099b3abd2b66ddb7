package org.souk.review;

import java.time.Instant;

/**
 * A review as everyone sees it: the rating, the text (plain text, may be empty) in its detected language, the
 * author's first name and initial, and the partner's reply. No e-mail address and nothing of moderation.
 */
public record Review(long id, String solutionCode, String author, int rating, String text, String language,
        ReviewStatus status, Instant createdAt, Instant updatedAt,
        Reply reply) {

    /** The partner's one reply; {@code editedAt} when it was changed after it was first written. */
    public record Reply(String text, String author, Instant repliedAt, Instant editedAt) {
    }

    public boolean edited() {
        return updatedAt != null && createdAt != null && updatedAt.isAfter(createdAt.plusSeconds(1));
    }
}
