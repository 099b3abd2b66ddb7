package org.souk.cluster.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code souk.events.*}: an event publication still incomplete {@code resubmitAfter} after it was stored is
 * handed to its listener again, checked every {@code resubmitEvery} by one node.
 */
@ConfigurationProperties("souk.events")
record ClusterSettings(Duration resubmitAfter, Duration resubmitEvery) {
}
