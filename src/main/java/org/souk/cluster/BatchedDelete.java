package org.souk.cluster;

import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the purges delete: {@code DELETE … WHERE id IN (SELECT id … LIMIT ?)} again and again, each batch its own
 * statement (and transaction), until one comes back short; so that no transaction holds many rows or locks, and the
 * scan of each batch stops at its size. The jobs that call it hold a ShedLock lock: one node purges at a time.
 */
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /** Runs {@code delete}, whose last parameter is the batch size, until a batch deletes fewer; the rows deleted. */
    public static long run(JdbcClient jdbc, String delete, int batch, Object... params) {
        Object[] all = Arrays.copyOf(params, params.length + 1);
        all[params.length] = batch;
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(delete).params(all).update();
            total += deleted;
        } while (deleted == batch);
        return total;
    }
}
