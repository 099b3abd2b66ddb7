package org.souk.checks.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A small least-recently-used cache of analyses by blob key (blobs are content-addressed, so a key's
 * analysis never goes stale). Bounded by entry count and by an estimated weight in bytes.
 */
public final class BoundedCache<V> {

    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<String, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    public BoundedCache(int maxEntries, long maxWeight, ToLongFunction<V> weigher) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /**
     * The cached value or a new one. Two threads asking for the same missing key may both compute it;
     * computing outside the lock keeps one slow analysis from holding up the others.
     */
    public V get(String key, Function<String, V> compute) {
        synchronized (this) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V value = compute.apply(key);
        long size = weigher.applyAsLong(value);
        if (size > maxWeight) {
            return value;
        }
        synchronized (this) {
            V previous = entries.put(key, value);
            weight += size - (previous == null ? 0 : weigher.applyAsLong(previous));
            var eldest = entries.entrySet().iterator();
            while ((entries.size() > maxEntries || weight > maxWeight) && eldest.hasNext()) {
                Map.Entry<String, V> oldest = eldest.next();
                if (oldest.getKey().equals(key)) {
                    break;
                }
                weight -= weigher.applyAsLong(oldest.getValue());
                eldest.remove();
            }
        }
        return value;
    }
}
