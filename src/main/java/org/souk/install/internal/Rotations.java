package org.souk.install.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.install.internal.Tokens.Found;
import org.souk.install.internal.Tokens.Kind;
import org.souk.install.internal.Tokens.TokenRefused;
import org.springframework.stereotype.Component;

/**
 * The token grants, committed in groups: concurrent grants queue here, one thread takes all that wait (up to
 * {@link Groups#MOST}) and handles them in one transaction, four round trips for the whole group (one query reading every
 * token of the group by its hash with its installation, client and account; the conditional UPDATEs, the INSERTs of
 * the new pairs, the revocations, each a JDBC batch) and one commit, so one WAL flush, instead of four round trips
 * and a flush a grant. Nothing waits on purpose: a group is whatever queued while the previous one committed, one
 * grant when the endpoint is quiet. The request threads never take a connection for a grant that succeeds.
 *
 * <p>The rotation rule is the same as one grant a transaction: the UPDATE spends the token only if nobody spent it
 * before (in an earlier transaction or earlier in the same group), a grant whose token was spent revokes its chain
 * in the same transaction, and a grant is answered only after its transaction committed: a crash before the commit
 * loses no grant anybody was told about, and the old token is then still unspent. The UPDATEs lock their rows in
 * the order of the tokens' ids, so two groups (two nodes) never wait on each other in a circle. When a group fails
 * (a deadlock with a revocation, the database away for a moment), each of its grants is tried again alone, so one
 * grant's trouble fails only that grant. A token the query does not find for the grant's client is answered as
 * such, unwritten: {@link Tokens} then tells an unknown client from an unknown token.
 */
@Component
class Rotations extends Groups<Rotations.Rotation> {

    private static final Logger LOG = LoggerFactory.getLogger(Rotations.class);

    /** The group's tokens by hash, with installation, client and account: {@link Groups#inLists}. */
    private static final String[] LOOKUP = inLists("""
            SELECT t.token_hash, s.client_id, s.secret_hash, t.id, t.kind, t.chain, t.user_id,
                   t.installation_id, t.expires_at, t.used_at, t.revoked_at, i.status, i.scope, i.paid,
                   a.domain, a.member_id
            FROM oauth_token t
            JOIN installation i ON i.id = t.installation_id
            JOIN solution s ON s.code = i.solution_code
            JOIN customer_account a ON a.id = i.account_id
            WHERE t.token_hash""");
    private static final String SPEND = "UPDATE oauth_token SET used_at = ? WHERE id = ? AND used_at IS NULL"
            + " AND revoked_at IS NULL";
    private static final String INSERT_PAIR = """
            INSERT INTO oauth_token (installation_id, kind, token_hash, chain, user_id, created_at, expires_at)
            VALUES (?, 'ACCESS', ?, ?, ?, ?, ?), (?, 'REFRESH', ?, ?, ?, ?, ?)""";
    private static final String REVOKE_CHAIN = "UPDATE oauth_token SET revoked_at = ? WHERE chain = ?"
            + " AND revoked_at IS NULL";

    /**
     * One grant as the token endpoint has it: the code or refresh token of {@code kind} by its hash, the client's id
     * and the hash of the secret it sent, and the hashes of the new pair. {@code done} completes with its
     * {@link Outcome}, or exceptionally with the {@link TokenRefused} the token's row calls for.
     */
    record Rotation(Kind kind, String tokenHash, String clientId, String secretHash, Instant now, String accessHash,
            Instant accessExpires, String refreshHash, Instant refreshExpires, CompletableFuture<Outcome> done)
            implements Groups.Item<Outcome> {
    }

    /**
     * What became of a grant: the token's row as the group's transaction read it (null: no token of that hash for
     * that client), whether the grant spent it (false: it had been spent before, a reuse, and its chain is revoked),
     * or why its row refuses it (then nothing was written for it).
     */
    record Outcome(Found found, boolean spent, TokenRefused refused) {

        static final Outcome UNKNOWN = new Outcome(null, false, null);
    }

    private final DataSource dataSource;

    Rotations(DataSource dataSource) {
        super("token-rotations");
        this.dataSource = dataSource;
    }

    /** Reads, checks and writes the grant with the others waiting; its outcome once committed. */
    Outcome rotate(Rotation rotation) {
        return answer(rotation, rotation.done());
    }

    /** Handles the group in one transaction and completes its grants; on a failure, each grant alone. */
    @Override
    void handle(List<Rotation> group) {
        Outcome[] outcomes;
        try {
            outcomes = write(group);
        } catch (SQLException | RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(e);
                return;
            }
            LOG.warn("A group of {} token grants failed ({}); writing each alone", group.size(), e.toString());
            for (Rotation rotation : group) {
                handle(List.of(rotation));
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            if (outcomes[i].refused() != null) {
                group.get(i).done().completeExceptionally(outcomes[i].refused());
            } else {
                group.get(i).done().complete(outcomes[i]);
            }
        }
    }

    /** Each grant's {@link Outcome}, once the group's transaction has committed. */
    private Outcome[] write(List<Rotation> group) throws SQLException {
        int n = group.size();
        Outcome[] outcomes = new Outcome[n];
        Found[] granted = new Found[n];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, Found> rows = lookup(connection, group);
                List<Integer> granting = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    Rotation rotation = group.get(i);
                    Found found = rows.get(rotation.tokenHash());
                    if (found == null || !rotation.clientId().equals(found.clientId())) {
                        outcomes[i] = Outcome.UNKNOWN;
                        continue;
                    }
                    TokenRefused refused = found.refusal(rotation.kind(), rotation.secretHash(), rotation.now());
                    if (refused != null) {
                        outcomes[i] = new Outcome(found, false, refused);
                        continue;
                    }
                    granted[i] = found;
                    granting.add(i);
                }
                boolean[] spent = spend(connection, group, granted, granting);
                insertPairs(connection, group, granted, granting, spent);
                revokeChains(connection, group, granted, granting, spent);
                connection.commit();
                for (int i : granting) {
                    outcomes[i] = new Outcome(granted[i], spent[i], null);
                }
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Every token of the group by its hash, with its installation, client and account: one round trip. */
    private static Map<String, Found> lookup(Connection connection, List<Rotation> group) throws SQLException {
        Map<String, Found> rows = new HashMap<>();
        try (PreparedStatement query = prepareInList(connection, LOOKUP,
                group.stream().map(Rotation::tokenHash).toList())) {
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString("token_hash"), Found.of(row));
                }
            }
        }
        return rows;
    }

    /**
     * Spends the tokens of the grants that may, in the order of their ids (a token twice in the group is spent by the
     * first of the two only); which grants spent theirs. A token spent before is a reuse without an UPDATE.
     */
    private static boolean[] spend(Connection connection, List<Rotation> group, Found[] rows, List<Integer> granting)
            throws SQLException {
        boolean[] spent = new boolean[group.size()];
        List<Integer> spending = new ArrayList<>(granting.size());
        for (int i : granting) {
            if (!rows[i].used()) {
                spending.add(i);
            }
        }
        if (spending.isEmpty()) {
            return spent;
        }
        spending.sort(Comparator.comparingLong(i -> rows[i].tokenId()));
        try (PreparedStatement update = connection.prepareStatement(SPEND)) {
            for (int i : spending) {
                update.setObject(1, Utc.of(group.get(i).now()));
                update.setLong(2, rows[i].tokenId());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int k = 0; k < counts.length; k++) {
                spent[spending.get(k)] = counts[k] == 1;
            }
        }
        return spent;
    }

    /** The new pair of every grant that spent its token: one batch. */
    private static void insertPairs(Connection connection, List<Rotation> group, Found[] rows,
            List<Integer> granting, boolean[] spent) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PAIR)) {
            boolean any = false;
            for (int i : granting) {
                if (!spent[i]) {
                    continue;
                }
                Rotation r = group.get(i);
                Found found = rows[i];
                OffsetDateTime created = Utc.of(r.now());
                insert.setLong(1, found.installationId());
                insert.setString(2, r.accessHash());
                insert.setString(3, found.chain());
                insert.setLong(4, found.userId());
                insert.setObject(5, created);
                insert.setObject(6, Utc.of(r.accessExpires()));
                insert.setLong(7, found.installationId());
                insert.setString(8, r.refreshHash());
                insert.setString(9, found.chain());
                insert.setLong(10, found.userId());
                insert.setObject(11, created);
                insert.setObject(12, Utc.of(r.refreshExpires()));
                insert.addBatch();
                any = true;
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /**
     * The chain of every grant that did not spend its token, after the inserts: a reuse in the same group revokes the
     * pair its first use was just given.
     */
    private static void revokeChains(Connection connection, List<Rotation> group, Found[] rows,
            List<Integer> granting, boolean[] spent) throws SQLException {
        if (granting.stream().allMatch(i -> spent[i])) {
            return;
        }
        try (PreparedStatement revoke = connection.prepareStatement(REVOKE_CHAIN)) {
            for (int i : granting) {
                if (!spent[i]) {
                    revoke.setObject(1, Utc.of(group.get(i).now()));
                    revoke.setString(2, rows[i].chain());
                    revoke.addBatch();
                }
            }
            revoke.executeBatch();
        }
    }
}
