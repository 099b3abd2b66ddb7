/**
 * The partner's numbers (issue 15): per solution, region and day the installs, uninstalls, active installations at
 * the end of the day, updates, page views of {@code /apps/{code}}, install-button clicks, ratings received and REST
 * calls, customers' and test accounts' apart. A job that one node of a cluster runs at a time (ShedLock) rolls them
 * up into daily rows from what the other modules store (installations and their updates, reviews, the REST call
 * log) and from the views and clicks each node counts in memory; pages, the API and CSV read those rows only. The
 * catalog ranks "Popular" and "Trending" by {@link org.souk.analytics.Analytics#ranks()} after each
 * {@link org.souk.analytics.FiguresRolledUp}.
 */
package org.souk.analytics;
