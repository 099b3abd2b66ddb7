package org.souk.review;

import java.time.Instant;

/** A user rated a solution ({@code previous}: their earlier rating when they changed it, else null). */
public record RatingGiven(String solutionCode, int rating, Integer previous, Instant at) {
}
