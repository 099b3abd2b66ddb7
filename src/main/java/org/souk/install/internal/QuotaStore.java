package org.souk.install.internal;

import java.time.Duration;

/**
 * Where the REST buckets of {@link CallQuota} live: this JVM ({@link JvmQuotaStore}, one node) or Redis
 * ({@link RedisQuotaStore}, shared by every node). A bucket holds at most {@code burst} calls and refills at
 * {@code rate} a second; an installation that has not called for a while has a full one.
 */
interface QuotaStore {

    /** Takes one call from the installation's bucket: {@link Duration#ZERO} if it had one, else the wait for the next. */
    Duration take(long installationId, int burst, double rate);

    /** Forgets the buckets that are full again (a missing bucket is a full one), so that the store does not grow. */
    default void forgetFull(int burst, double rate) {
    }

    /** The store could not be asked: the call is let through (see {@link CallQuota}). */
    final class Unavailable extends RuntimeException {

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
