package org.souk.webhooks.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code souk.webhooks.*} (environment: {@code SOUK_WEBHOOKS_…}).
 *
 * @param timeout the longest one attempt may take, connection and answer included (a slow endpoint holds one
 *        thread of the pool for at most this long)
 * @param threads the pool that sends: attempts never run on request threads, and never more than these at once
 * @param firstRetry the wait after the first failed attempt; it doubles with each further one
 * @param maxRetry the longest wait between two attempts
 * @param retryFor how long a delivery is tried before it counts as failed
 * @param disableAfter an endpoint whose every attempt failed for this long is disabled, and the partner e-mailed
 * @param lease how long the node that claimed an attempt holds it: longer than {@code timeout}
 * @param poll how often one node looks for due retries and first attempts a crash left behind
 * @param maxEndpoints how many endpoints one partner may register
 * @param keptFor how long an event is kept with its deliveries and their attempts: the partner's list of deliveries
 *        reaches back this far; {@link WebhookPurge} deletes older ones, unless a delivery of theirs is pending
 */
@ConfigurationProperties("souk.webhooks")
public record WebhookSettings(@DefaultValue("5s") Duration timeout, @DefaultValue("4") int threads,
        @DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("1d") Duration retryFor, @DefaultValue("3d") Duration disableAfter,
        @DefaultValue("1m") Duration lease, @DefaultValue("1s") Duration poll, @DefaultValue("10") int maxEndpoints,
        @DefaultValue("30d") Duration keptFor) {
}
