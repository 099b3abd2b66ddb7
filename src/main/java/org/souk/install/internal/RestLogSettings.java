package org.souk.install.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code souk.install.rest-log.*}: the log of each installation's REST calls (F-10).
 *
 * @param retention how long a call stays in the log; never less than 3 days (F-10), whatever is set
 * @param buffer calls a node holds in memory between two writes; beyond it calls are counted as dropped
 *        (the app's call is never slowed for its log)
 * @param flushEvery how often a node writes the calls it holds, in one batch
 */
@ConfigurationProperties("souk.install.rest-log")
public record RestLogSettings(@DefaultValue("3d") Duration retention, @DefaultValue("20000") int buffer,
        @DefaultValue("2s") Duration flushEvery) {

    static final Duration MINIMUM_RETENTION = Duration.ofDays(3);

    Duration keptFor() {
        return retention.compareTo(MINIMUM_RETENTION) < 0 ? MINIMUM_RETENTION : retention;
    }
}
