package org.souk.install.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code souk.install.token-purge.*}: how {@link TokenPurge} keeps {@code oauth_token} small.
 *
 * @param interval the pause between two purges
 * @param batch rows deleted per statement (each its own transaction, so no long lock and no huge undo)
 * @param spentRetention how long a used or revoked token's row stays after it was spent: while it is there,
 *        sending it again revokes its chain (reuse detection); after that it is only unknown
 */
@ConfigurationProperties("souk.install.token-purge")
public record TokenPurgeSettings(@DefaultValue("5m") Duration interval, @DefaultValue("5000") int batch,
        @DefaultValue("1d") Duration spentRetention) {
}
