package org.souk.review;

/** The partner answered a review for the first time: its author is told by e-mail and in the app. */
public record ReviewReplied(long reviewId, String solutionCode, String partnerName, String reply, long authorId,
        String authorEmail, String link) {
}
