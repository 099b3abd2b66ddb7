package org.souk.review;

/** A moderator hid a review, or restored a hidden one: its author is told why. */
public record ReviewModerated(long reviewId, String solutionCode, boolean hidden, String reason, long authorId,
        String authorEmail, String link) {
}
