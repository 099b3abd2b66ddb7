package org.souk.install.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The writes of the token grants, committed in groups: concurrent grants queue here, one thread takes all that
 * wait (up to {@link #MOST}) and writes them in one transaction, three round trips for the whole group (the
 * conditional UPDATEs, the INSERTs of the new pairs, the revocations, each a JDBC batch) and one commit, so one
 * WAL flush, instead of three round trips and a flush a grant. Nothing waits on purpose: a group is whatever
 * queued while the previous one committed, one grant when the endpoint is quiet.
 *
 * <p>The rotation rule is the same as one grant a transaction: the UPDATE spends the token only if nobody spent it
 * before (in an earlier transaction or earlier in the same group), a grant whose token was spent revokes its chain
 * in the same transaction, and a grant is answered only after its transaction committed: a crash before the commit
 * loses no grant anybody was told about, and the old token is then still unspent. The UPDATEs lock their rows in
 * the order of the tokens' ids, so two groups (two nodes) never wait on each other in a circle. When a group fails
 * (a deadlock with a revocation, the database away for a moment), each of its grants is tried again alone, so one
 * grant's trouble fails only that grant.
 */
@Component
class Rotations implements SmartLifecycle {

    /** The most grants one transaction takes: enough to amortise the commit, few enough for pgjdbc's batch. */
    static final int MOST = 128;
    private static final Logger LOG = LoggerFactory.getLogger(Rotations.class);

    private static final String SPEND = "UPDATE oauth_token SET used_at = ? WHERE id = ? AND used_at IS NULL"
            + " AND revoked_at IS NULL";
    private static final String INSERT_PAIR = """
            INSERT INTO oauth_token (installation_id, kind, token_hash, chain, user_id, created_at, expires_at)
            VALUES (?, 'ACCESS', ?, ?, ?, ?, ?), (?, 'REFRESH', ?, ?, ?, ?, ?)""";
    private static final String REVOKE_CHAIN = "UPDATE oauth_token SET revoked_at = ? WHERE chain = ?"
            + " AND revoked_at IS NULL";

    /**
     * One grant's write: spend token {@code tokenId} (unless it was seen spent already) and insert the new pair of
     * hashes into its chain; else revoke the chain. {@code done} completes with whether the token was spent.
     */
    record Rotation(long tokenId, boolean spentBefore, String chain, long installationId, long userId, Instant now,
            String accessHash, Instant accessExpires, String refreshHash, Instant refreshExpires,
            CompletableFuture<Boolean> done) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Rotation> queue = new ArrayBlockingQueue<>(4 * MOST);
    private volatile boolean running;
    private Thread committer;

    Rotations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the rotation and answers whether the token was spent by it (false: a reuse, its chain revoked). */
    boolean rotate(Rotation rotation) {
        if (!running) {
            commit(List.of(rotation));
            return rotation.done().join();
        }
        try {
            queue.put(rotation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the token grant was written", e);
        }
        // stopped meanwhile: the committer may have drained the queue before this one came; write it here then
        if (!running && queue.remove(rotation)) {
            commit(List.of(rotation));
        }
        return rotation.done().join();
    }

    private void work() {
        List<Rotation> group = new ArrayList<>(MOST);
        while (running || !queue.isEmpty()) {
            try {
                Rotation first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MOST - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // commit() completes every grant it took; this is only a last guard for the thread itself
                LOG.error("Token rotation committer", e);
            } finally {
                group.clear();
            }
        }
    }

    /** Writes the group in one transaction and completes its grants; on a failure, each grant alone. */
    private void commit(List<Rotation> group) {
        boolean[] spent;
        try {
            spent = write(group);
        } catch (SQLException | RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(e);
                return;
            }
            LOG.warn("A group of {} token grants failed ({}); writing each alone", group.size(), e.toString());
            for (Rotation rotation : group) {
                commit(List.of(rotation));
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done().complete(spent[i]);
        }
    }

    private boolean[] write(List<Rotation> group) throws SQLException {
        int n = group.size();
        boolean[] spent = new boolean[n];
        // lock order: the tokens' ids; a token twice in the group is spent by the first of the two only
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong(i -> group.get(i).tokenId()));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Integer> spending = new ArrayList<>(n);
                try (PreparedStatement update = connection.prepareStatement(SPEND)) {
                    for (int i : order) {
                        Rotation rotation = group.get(i);
                        if (!rotation.spentBefore()) {
                            update.setObject(1, utc(rotation.now()));
                            update.setLong(2, rotation.tokenId());
                            update.addBatch();
                            spending.add(i);
                        }
                    }
                    if (!spending.isEmpty()) {
                        int[] counts = update.executeBatch();
                        for (int k = 0; k < counts.length; k++) {
                            spent[spending.get(k)] = counts[k] == 1;
                        }
                    }
                }
                boolean anyReuse = false;
                try (PreparedStatement insert = connection.prepareStatement(INSERT_PAIR)) {
                    boolean any = false;
                    for (int i = 0; i < n; i++) {
                        Rotation r = group.get(i);
                        if (!spent[i]) {
                            anyReuse = true;
                            continue;
                        }
                        OffsetDateTime created = utc(r.now());
                        insert.setLong(1, r.installationId());
                        insert.setString(2, r.accessHash());
                        insert.setString(3, r.chain());
                        insert.setLong(4, r.userId());
                        insert.setObject(5, created);
                        insert.setObject(6, utc(r.accessExpires()));
                        insert.setLong(7, r.installationId());
                        insert.setString(8, r.refreshHash());
                        insert.setString(9, r.chain());
                        insert.setLong(10, r.userId());
                        insert.setObject(11, created);
                        insert.setObject(12, utc(r.refreshExpires()));
                        insert.addBatch();
                        any = true;
                    }
                    if (any) {
                        insert.executeBatch();
                    }
                }
                // after the inserts: a reuse in the same group revokes the pair its first use was just given
                if (anyReuse) {
                    try (PreparedStatement revoke = connection.prepareStatement(REVOKE_CHAIN)) {
                        for (int i = 0; i < n; i++) {
                            if (!spent[i]) {
                                revoke.setObject(1, utc(group.get(i).now()));
                                revoke.setString(2, group.get(i).chain());
                                revoke.addBatch();
                            }
                        }
                        revoke.executeBatch();
                    }
                }
                connection.commit();
                return spent;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public synchronized void start() {
        running = true;
        committer = new Thread(this::work, "token-rotations");
        committer.setDaemon(true);
        committer.start();
    }

    /** Stops after the web server (a lower phase stops later): the last grants are committed, none is dropped. */
    @Override
    public synchronized void stop() {
        running = false;
        try {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        committer = null;
        List<Rotation> left = new ArrayList<>();
        queue.drainTo(left);
        for (Rotation rotation : left) {
            commit(List.of(rotation));
        }
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public synchronized boolean isRunning() {
        return committer != null;
    }
}
