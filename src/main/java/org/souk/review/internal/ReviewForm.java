package org.souk.review.internal;

/** The fields of the review page: the stars and the review's text (plain text, PlainText binds it). */
public class ReviewForm {

    private Integer rating;
    private String reviewText;

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getReviewText() {
        return reviewText;
    }

    public void setReviewText(String reviewText) {
        this.reviewText = reviewText;
    }
}
