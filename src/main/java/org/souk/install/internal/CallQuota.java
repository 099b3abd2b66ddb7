package org.souk.install.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The REST limit of each installation (F-09, {@code QUERY_LIMIT_EXCEEDED}): a token bucket of
 * {@code rest-burst} calls refilled at {@code rest-rate} a second, the platform's own shape. The counts of
 * calls and refusals are kept in memory and added to the installation every few seconds, so that a call
 * costs no write. Per node: with several nodes each allows the rate (a shared store would be the next step).
 */
@Component
public class CallQuota {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final InstallSettings settings;
    private final InstallationRepository installations;
    private final TransactionTemplate transactions;

    CallQuota(InstallSettings settings, InstallationRepository installations, TransactionTemplate transactions) {
        this.settings = settings;
        this.installations = installations;
        this.transactions = transactions;
    }

    /** Whether the installation may make one more call now; counts it either way. */
    public boolean take(long installationId) {
        return buckets.computeIfAbsent(installationId, id -> new Bucket(settings.restBurst())).take(settings);
    }

    /** Calls and refusals counted since the last flush: {@code [calls, refused]}. */
    public long[] pending(long installationId) {
        Bucket bucket = buckets.get(installationId);
        return bucket == null ? new long[2] : bucket.counts(false);
    }

    @Scheduled(fixedDelayString = "${souk.install.usage-flush:10s}")
    public void flush() {
        buckets.forEach((id, bucket) -> {
            long[] counts = bucket.counts(true);
            if (counts[0] > 0 || counts[1] > 0) {
                transactions.executeWithoutResult(status -> installations.addRestUsage(id, counts[0], counts[1]));
            }
        });
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();
        private long calls;
        private long refused;

        Bucket(int burst) {
            this.tokens = burst;
        }

        synchronized boolean take(InstallSettings settings) {
            long now = System.nanoTime();
            tokens = Math.min(settings.restBurst(), tokens + (now - refilledAt) / 1e9 * settings.restRate());
            refilledAt = now;
            calls++;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            refused++;
            return false;
        }

        synchronized long[] counts(boolean reset) {
            long[] counts = { calls, refused };
            if (reset) {
                calls = 0;
                refused = 0;
            }
            return counts;
        }
    }
}
