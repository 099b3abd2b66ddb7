package org.souk.install.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code souk.install.*}: lifetimes of protocol.md, the REST limit, event delivery and test accounts.
 *
 * @param codeLifetime an authorization code (30 s, used once)
 * @param accessTokenLifetime an access token (1 hour)
 * @param refreshTokenLifetime a refresh token (180 days, rotated on every use)
 * @param accountBase where accounts' {@code /rest/} live: empty for Souk itself, or a template such as
 *        {@code https://{domain}} for a platform that serves accounts on their own domains
 * @param restRate REST calls an installation may make per second, on average
 * @param restBurst REST calls an installation may make at once before the rate applies
 * @param restLimit where the REST buckets are kept
 * @param deliveryAttempts attempts to deliver one event before it counts as failed
 * @param deliveryFirstRetry the wait before the second attempt; it doubles with each further one
 * @param deliveryLease how long the node that claimed an attempt holds it: longer than any request may take
 *        (the guarded client's timeout); when a node dies, another one makes the attempt after it
 * @param testAccounts how many test accounts a partner may have (S-11)
 * @param answerBound how soon an app must answer an event in the automatic install test
 */
@ConfigurationProperties("souk.install")
public record InstallSettings(@DefaultValue("30s") Duration codeLifetime,
        @DefaultValue("1h") Duration accessTokenLifetime, @DefaultValue("180d") Duration refreshTokenLifetime,
        @DefaultValue("") String accountBase, @DefaultValue("2") double restRate, @DefaultValue("50") int restBurst,
        @DefaultValue RestLimit restLimit,
        @DefaultValue("6") int deliveryAttempts, @DefaultValue("10s") Duration deliveryFirstRetry,
        @DefaultValue("1m") Duration deliveryLease,
        @DefaultValue("5") int testAccounts, @DefaultValue("5s") Duration answerBound) {

    /**
     * {@code souk.install.rest-limit.*}.
     *
     * @param redis unset: in each node's memory (one node); a {@code redis://host:port/db} URL: in that Redis,
     *        shared by every node
     */
    public record RestLimit(String redis) {
    }
}
