package org.souk.install.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The buckets in this JVM: the default, right for one node (each node of a cluster would allow the whole rate).
 * A bucket is read and changed inside the map's {@code compute}, so a call and {@link #forgetFull} never race.
 */
final class JvmQuotaStore implements QuotaStore {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public Duration take(long installationId, int burst, double rate) {
        Duration[] wait = new Duration[1];
        buckets.compute(installationId, (id, bucket) -> {
            Bucket now = (bucket == null ? new Bucket(burst, System.nanoTime()) : bucket).refilled(burst, rate);
            wait[0] = now.tokens >= 1 ? Duration.ZERO
                    : Duration.ofNanos((long) Math.ceil((1 - now.tokens) / rate * 1e9));
            return now.tokens >= 1 ? new Bucket(now.tokens - 1, now.at) : now;
        });
        return wait[0];
    }

    @Override
    public void forgetFull(int burst, double rate) {
        buckets.keySet().forEach(id -> buckets.computeIfPresent(id,
                (key, bucket) -> bucket.refilled(burst, rate).tokens >= burst ? null : bucket));
    }

    /** {@code tokens} as of {@code at} ({@link System#nanoTime()}). */
    private record Bucket(double tokens, long at) {

        Bucket refilled(int burst, double rate) {
            long now = System.nanoTime();
            return new Bucket(Math.min(burst, tokens + Math.max(0, now - at) / 1e9 * rate), now);
        }
    }
}
