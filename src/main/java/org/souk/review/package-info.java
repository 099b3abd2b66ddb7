/**
 * Ratings and reviews (issue 15): a user of a customer account on which a solution is or was installed rates it
 * 1–5 and may write a review, one per user and solution; the partner replies once (editable); anyone signed in
 * reports a review, moderators hide or restore it. The catalog reads the ratings through {@link
 * org.souk.review.Reviews} and hears {@link org.souk.review.ReviewsChanged} in the changing transaction.
 */
package org.souk.review;
