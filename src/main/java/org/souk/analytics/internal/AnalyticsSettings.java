package org.souk.analytics.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code souk.analytics.*}: the partner's numbers (issue 15).
 *
 * @param refreshEvery how often one node of the cluster rolls up today (and the days of the last
 *        {@code catchUpDays} not rolled up since they ended), so a partner sees an install within this time
 * @param catchUpDays how far back an ordinary roll-up looks for a day that was not rolled up after it ended (a
 *        market that was down); further back only a backfill goes
 * @param backfillFrom at start, rebuild every day from this date ({@code 2026-01-01}) or from the first stored
 *        installation ({@code earliest}) to today from the stored records; empty: no backfill
 * @param hitKeys page views and install clicks a node holds in memory between two writes, as distinct solution,
 *        language and kind; beyond it they are counted as dropped ({@code souk.analytics.hits.dropped})
 * @param hitFlushEvery how often a node adds the views and clicks it counted to the database
 */
@ConfigurationProperties("souk.analytics")
public record AnalyticsSettings(@DefaultValue("PT5M") Duration refreshEvery, @DefaultValue("7") int catchUpDays,
        @DefaultValue("") String backfillFrom, @DefaultValue("100000") int hitKeys,
        @DefaultValue("10s") Duration hitFlushEvery) {
}
