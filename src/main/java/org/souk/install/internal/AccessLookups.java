package org.souk.install.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.souk.install.internal.Tokens.Grant;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The access tokens of {@code /rest/} calls, read in groups: the calls that arrive together are answered by one
 * query (their tokens by hash, with installation and account) on one connection, instead of a pooled connection
 * and a query a call. A token revoked, of an uninstalled app, or not an access token is not found.
 */
@Component
class AccessLookups extends Groups<AccessLookups.Lookup> {

    private static final String[] QUERY = inLists("""
            SELECT t.token_hash, t.installation_id, t.user_id, t.expires_at, i.solution_code, i.version, i.status,
                   i.paid, i.scope, i.account_id, a.language, a.plan, a.test_partner_id
            FROM oauth_token t
            JOIN installation i ON i.id = t.installation_id
            JOIN customer_account a ON a.id = i.account_id
            WHERE t.kind = 'ACCESS' AND t.revoked_at IS NULL AND i.status <> 'UNINSTALLED' AND t.token_hash""");

    /** One call's access token by its hash; {@code done} completes with what it grants, empty if nothing. */
    record Lookup(String tokenHash, CompletableFuture<Optional<Grant>> done) implements Groups.Item<Optional<Grant>> {
    }

    private final DataSource dataSource;

    AccessLookups(DataSource dataSource) {
        super("access-token-lookups");
        this.dataSource = dataSource;
    }

    /** What the access token of that hash grants, read with the others waiting; empty if nothing. */
    Optional<Grant> grantOf(String tokenHash) {
        Lookup lookup = new Lookup(tokenHash, new CompletableFuture<>());
        return answer(lookup, lookup.done());
    }

    @Override
    void handle(List<Lookup> group) {
        Map<String, Grant> grants = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = prepareInList(connection, QUERY,
                        group.stream().map(Lookup::tokenHash).toList());
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long testPartner = row.getLong("test_partner_id");
                Long testPartnerId = row.wasNull() ? null : testPartner;
                grants.put(row.getString("token_hash"), new Grant(row.getLong("installation_id"),
                        row.getLong("user_id"), row.getTimestamp("expires_at").toInstant(),
                        row.getString("solution_code"), row.getInt("version"), row.getString("status"),
                        row.getBoolean("paid"), row.getString("scope"), row.getLong("account_id"),
                        row.getString("language"), row.getString("plan"), testPartnerId));
            }
        } catch (SQLException | RuntimeException e) {
            RuntimeException failure = new DataAccessResourceFailureException("The access tokens' lookup failed", e);
            group.forEach(lookup -> lookup.done().completeExceptionally(failure));
            return;
        }
        group.forEach(lookup -> lookup.done().complete(Optional.ofNullable(grants.get(lookup.tokenHash()))));
    }
}
