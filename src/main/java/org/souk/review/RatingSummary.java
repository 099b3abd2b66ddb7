package org.souk.review;

import java.util.List;

/**
 * The ratings of a solution's visible reviews: how many, their average, the smoothed score that ranks "top
 * rated", and how many of each star ({@code distribution.get(0)} one star … {@code get(4)} five).
 *
 * <p>The score is a Bayesian average: {@code (C × m + sum) / (C + n)} with a prior of {@code C} = {@value
 * #PRIOR_WEIGHT} ratings of {@code m} = {@value #PRIOR_MEAN}. A single 5 scores 3.64, a hundred 4.8s score 4.68:
 * a few ratings move a solution little, many decide.
 */
public record RatingSummary(long count, double average, double score, List<Long> distribution) {

    public static final double PRIOR_MEAN = 3.5;
    public static final int PRIOR_WEIGHT = 10;

    public static RatingSummary none() {
        return of(List.of(0L, 0L, 0L, 0L, 0L));
    }

    /** From the count of each star, one to five. */
    public static RatingSummary of(List<Long> distribution) {
        long count = 0;
        long sum = 0;
        for (int stars = 1; stars <= 5; stars++) {
            count += distribution.get(stars - 1);
            sum += stars * distribution.get(stars - 1);
        }
        return new RatingSummary(count, average(count, sum), score(count, sum), List.copyOf(distribution));
    }

    /** The sum of the stars given. */
    public long sum() {
        long sum = 0;
        for (int stars = 1; stars <= 5; stars++) {
            sum += stars * distribution.get(stars - 1);
        }
        return sum;
    }

    /** The average rounded to one decimal (0 without ratings). */
    public static double average(long count, long sum) {
        return count == 0 ? 0 : Math.round(10.0 * sum / count) / 10.0;
    }

    /** The Bayesian average of the class comment. */
    public static double score(long count, long sum) {
        return (PRIOR_WEIGHT * PRIOR_MEAN + sum) / (PRIOR_WEIGHT + count);
    }

    /** The share of the ratings with that many stars, in whole percent (for the bars of the distribution). */
    public long percent(int stars) {
        return count == 0 ? 0 : Math.round(100.0 * distribution.get(stars - 1) / count);
    }
}
