package org.souk.review;

/**
 * A review of the solution was written, changed, answered, hidden or restored. Published inside the changing
 * transaction: the catalog hears it there (its ratings and the generation its cached pages are keyed by).
 */
public record ReviewsChanged(String solutionCode) {
}
