package org.souk.checks.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.souk.web.Hashes;

/**
 * A small least-recently-used cache of the language tools' results, keyed by language and the text's
 * SHA-256 (so a cache of thousands of entries holds no texts). Computing happens outside the lock: a
 * slow check of one text never holds up the others; two threads asking for the same new text may both
 * compute it.
 */
final class LruCache<V> {

    private final Map<String, V> entries;

    LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    static String key(String language, String text) {
        return language + ":" + Hashes.sha256(text);
    }

    V get(String key, Supplier<V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
