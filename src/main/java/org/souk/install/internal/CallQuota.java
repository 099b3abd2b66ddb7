package org.souk.install.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.souk.cluster.NodeFlusher;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The REST limit of each installation (F-09, {@code QUERY_LIMIT_EXCEEDED}): a token bucket of {@code rest-burst}
 * calls refilled at {@code rest-rate} a second, the platform's own shape, kept in a {@link QuotaStore} (this JVM,
 * or Redis for a cluster; {@link InstallConfiguration} chooses). A call costs no database statement: the calls and
 * refusals the partner sees are counted here and added to the installation by each node every
 * {@link #FLUSH_EVERY} and when it stops ({@link RestUsageRows}: additive, so nodes never overwrite each other's
 * counts).
 * <p>
 * When the store cannot be asked (Redis down), the call is let through: apps keep working without a limit rather
 * than stop for a counter. A warning is logged once per outage and {@code souk.rest.quota.unchecked} counts those
 * calls.
 */
@Component
class CallQuota extends NodeFlusher {

    static final Duration FLUSH_EVERY = Duration.ofSeconds(10);
    /** Installations whose counts one transaction adds. */
    static final int CHUNK = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(CallQuota.class);

    /** What the store answered: whether the call may go on, else how long until the next one may. */
    record Verdict(boolean allowed, Duration retryAfter) {
    }

    private final InstallSettings settings;
    private final QuotaStore store;
    private final RestUsageRows rows;
    private final Counter unchecked;
    private final AtomicBoolean storeFailing = new AtomicBoolean();
    /** Per installation, {calls, refused} since the last flush; changed only inside the map's compute. */
    private final Map<Long, long[]> usage = new ConcurrentHashMap<>();

    CallQuota(InstallSettings settings, QuotaStore store, RestUsageRows rows, MeterRegistry meters) {
        super("rest-usage-flush", FLUSH_EVERY);
        this.settings = settings;
        this.store = store;
        this.rows = rows;
        this.unchecked = Counter.builder("souk.rest.quota.unchecked")
                .description("REST calls let through because the quota store could not be asked").register(meters);
    }

    /** Whether the installation may make one more call now; counts it either way. */
    Verdict take(long installationId) {
        Duration wait;
        try {
            wait = store.take(installationId, settings.restBurst(), settings.restRate());
            if (storeFailing.compareAndSet(true, false)) {
                LOG.info("The REST quota store answers again");
            }
        } catch (QuotaStore.Unavailable e) {
            if (storeFailing.compareAndSet(false, true)) {
                LOG.warn("The REST quota store cannot be asked; calls go through unlimited until it can: {}",
                        e.getMessage());
            }
            unchecked.increment();
            wait = Duration.ZERO;
        }
        boolean allowed = wait.isZero();
        usage.compute(installationId, (id, counts) -> {
            long[] sum = counts == null ? new long[2] : counts;
            sum[0]++;
            sum[1] += allowed ? 0 : 1;
            return sum;
        });
        return new Verdict(allowed, wait);
    }

    /**
     * Adds the counts since the last flush to the installations, {@value #CHUNK} installations a transaction; those a
     * failed write missed wait for the next.
     */
    @Override
    protected void flush() {
        // the calls since the last flush count on the flush's UTC day (at most flush-every late at midnight)
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<Long, long[]> chunk = new HashMap<>();
        for (Long id : usage.keySet()) {
            long[] counts = usage.remove(id);
            if (counts != null) {
                chunk.put(id, counts);
            }
            if (chunk.size() == CHUNK) {
                write(today, chunk);
                chunk = new HashMap<>();
            }
        }
        if (!chunk.isEmpty()) {
            write(today, chunk);
        }
        store.forgetFull(settings.restBurst(), settings.restRate());
    }

    private void write(LocalDate day, Map<Long, long[]> chunk) {
        try {
            rows.add(day, chunk);
        } catch (RuntimeException e) {
            chunk.forEach((id, counts) -> usage.merge(id, counts,
                    (newer, older) -> new long[] { newer[0] + older[0], newer[1] + older[1] }));
            LOG.warn("REST counts of {} installations not saved, kept for the next flush: {}", chunk.size(),
                    e.toString());
        }
    }
}
