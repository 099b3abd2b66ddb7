package org.souk.install.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.souk.web.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes, access and refresh tokens of installations: 256 random bits each, kept only as SHA-256 and looked
 * up by it (an indexed, unique column). A chain is everything one authorization issued through all its
 * rotations: reusing a rotated refresh token or a used code revokes the whole chain (protocol.md, Souk).
 *
 * <p>The grant and the REST calls' token are the hottest paths of the market, so they are plain JDBC and shared
 * among the requests that arrive together: {@link Rotations} reads the tokens of the grants waiting in one query
 * (client, token, installation and account), spends each with a conditional UPDATE (0 rows: it was spent before, a
 * reuse, so the chain is revoked) and inserts each new pair, in one transaction; {@link AccessLookups} reads the
 * access tokens of the calls waiting in one query. A crash before the commit loses nothing: the old token is still
 * unspent, and no grant is answered before its commit.
 */
@Component
public class Tokens {

    /**
     * One DRBG a thread, each seeded once by the system: {@code SecureRandom}'s default on Linux (NativePRNG) reads
     * through one reader under one lock for the whole JVM, which every grant (two new tokens) would queue on.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is part of every JDK since 9", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    /** What a row of {@code oauth_token} is. */
    public enum Kind {
        CODE, ACCESS, REFRESH
    }

    private static final String INSERT_PAIR = """
            INSERT INTO oauth_token (installation_id, kind, token_hash, chain, user_id, created_at, expires_at)
            VALUES (?, 'ACCESS', ?, ?, ?, ?, ?), (?, 'REFRESH', ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final Rotations rotations;
    private final AccessLookups accessLookups;
    private final InstallSettings settings;

    Tokens(DataSource dataSource, Rotations rotations, AccessLookups accessLookups, InstallSettings settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.rotations = rotations;
        this.accessLookups = accessLookups;
        this.settings = settings;
    }

    /** A fresh access and refresh token for the app, as one new chain. */
    public record Pair(String accessToken, String refreshToken, Instant accessExpiresAt, long userId) {
    }

    /** A token grant: the new pair and what the token response tells about the installation. */
    public record Granted(Pair pair, String scope, boolean paid, String accountDomain, String memberId) {
    }

    /** What a valid access token grants: its installation, as the REST methods describe it, and its account. */
    public record Grant(long installationId, long userId, Instant expiresAt, String solutionCode, int version,
            String status, boolean paid, String scope, long accountId, String language, String plan,
            Long testPartnerId) {

        public List<String> scopes() {
            return scope.isEmpty() ? List.of() : Arrays.asList(scope.split(","));
        }
    }

    /** Why an access token does not grant anything. */
    public enum Refusal {
        UNKNOWN, EXPIRED
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.get().nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    @Transactional
    public Pair issue(long installationId, long userId) {
        return insertPair(installationId, userId, newChain());
    }

    @Transactional
    public String code(long installationId, long userId) {
        String code = random();
        Instant now = Utc.now();
        jdbc.sql("""
                INSERT INTO oauth_token (installation_id, kind, token_hash, chain, user_id, created_at, expires_at)
                VALUES (?, 'CODE', ?, ?, ?, ?, ?)""")
                .params(installationId, Hashes.sha256(code), newChain(), userId, Utc.of(now),
                        Utc.of(now.plus(settings.codeLifetime())))
                .update();
        return code;
    }

    /** A token's row as {@link Rotations} reads it for a grant, with its client's keys, installation and account. */
    record Found(String clientId, String secretHash, long tokenId, String kind, String chain, long userId,
            long installationId, Instant expiresAt, boolean used, boolean revoked, String installationStatus,
            String scope, boolean paid, String domain, String memberId) {

        static Found of(ResultSet row) throws SQLException {
            return new Found(row.getString("client_id"), row.getString("secret_hash"), row.getLong("id"),
                    row.getString("kind"), row.getString("chain"), row.getLong("user_id"),
                    row.getLong("installation_id"), row.getTimestamp("expires_at").toInstant(),
                    row.getObject("used_at") != null, row.getObject("revoked_at") != null, row.getString("status"),
                    row.getString("scope"), row.getBoolean("paid"), row.getString("domain"),
                    row.getString("member_id"));
        }

        /**
         * Why the grant of a {@code kind} token by a client with that secret's hash is refused, or null: the client's
         * keys first, then the token's kind (another kind: the same answer as no token, telling nothing about it),
         * the installation, a revocation, the expiry. A spent token is not refused here: it goes on to revoke its
         * chain, even once expired (a code lives 30 s).
         */
        TokenRefused refusal(Kind kind, String secretHash, Instant now) {
            if (!secretMatches(this.secretHash, secretHash)) {
                return new TokenRefused("invalid_client", "Invalid client credentials");
            }
            if (!kind.name().equals(this.kind)) {
                return new TokenRefused("invalid_grant", invalid(kind));
            }
            if (InstallationEntity.UNINSTALLED.equals(installationStatus)) {
                return new TokenRefused("invalid_client", "The application is not installed on this account");
            }
            if (revoked) {
                return new TokenRefused("invalid_grant", "The token was revoked");
            }
            if (!used && !expiresAt.isAfter(now)) {
                return new TokenRefused("invalid_grant", "The token has expired");
            }
            return null;
        }
    }

    /**
     * The token endpoint's grant: the client's keys, then the code or refresh token of {@code kind}, valid and
     * not used before, spent and replaced by a new pair of the same chain. A reuse revokes the chain (committed
     * before the refusal is thrown). {@link Rotations} reads, checks and writes concurrent grants together and
     * answers each only after its commit; only a token it does not find for the client costs a query here, to tell
     * an unknown client (invalid_client) from an unknown token (invalid_grant).
     */
    public Granted grant(Kind kind, String clientId, String clientSecret, String value) {
        String tokenHash = Hashes.sha256(value);
        String secretHash = Hashes.sha256(clientSecret);
        Instant now = Utc.now();
        String access = random();
        String refresh = random();
        Instant accessExpires = now.plus(settings.accessTokenLifetime());
        Rotations.Outcome outcome = rotations.rotate(new Rotations.Rotation(kind, tokenHash, clientId, secretHash,
                now, Hashes.sha256(access), accessExpires, Hashes.sha256(refresh),
                now.plus(settings.refreshTokenLifetime()), new CompletableFuture<>()));
        Found found = outcome.found();
        if (found == null) {
            // no such token of this client's: its keys decide between the two answers
            Optional<String> stored = jdbc.sql("SELECT secret_hash FROM solution WHERE client_id = ?")
                    .param(clientId).query(String.class).optional();
            if (stored.isEmpty() || !secretMatches(stored.get(), secretHash)) {
                throw new TokenRefused("invalid_client", "Invalid client credentials");
            }
            throw new TokenRefused("invalid_grant", invalid(kind));
        }
        if (!outcome.spent()) {
            throw new TokenRefused("invalid_grant", "The token was already used: every token it issued is revoked");
        }
        return new Granted(new Pair(access, refresh, accessExpires, found.userId()), found.scope(), found.paid(),
                found.domain(), found.memberId());
    }

    private static String invalid(Kind kind) {
        return kind == Kind.CODE ? "Invalid authorization code" : "Invalid refresh token";
    }

    /**
     * Constant time on SHA-256 hashes: a client secret is 256 random bits, so a fast hash is as strong as a slow
     * one, and the stored hashes of every existing secret stay valid.
     */
    private static boolean secretMatches(String storedHash, String secretHash) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The access token's grant, read by {@link AccessLookups} with the other calls waiting. */
    public Grant authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new AccessRefused(Refusal.UNKNOWN);
        }
        Grant grant = accessLookups.grantOf(Hashes.sha256(accessToken.trim()))
                .orElseThrow(() -> new AccessRefused(Refusal.UNKNOWN));
        if (!grant.expiresAt().isAfter(Instant.now())) {
            throw new AccessRefused(Refusal.EXPIRED);
        }
        return grant;
    }

    /** O-02: every token of an installation stops working at once. */
    @Transactional
    public void revokeAll(long installationId) {
        jdbc.sql("UPDATE oauth_token SET revoked_at = ? WHERE installation_id = ? AND revoked_at IS NULL")
                .params(Utc.of(Utc.now()), installationId).update();
    }

    /** Both tokens of a pair in one statement: one round trip. */
    private Pair insertPair(long installationId, long userId, String chain) {
        String access = random();
        String refresh = random();
        Instant now = Utc.now();
        Instant accessExpires = now.plus(settings.accessTokenLifetime());
        OffsetDateTime created = Utc.of(now);
        jdbc.sql(INSERT_PAIR)
                .params(installationId, Hashes.sha256(access), chain, userId, created, Utc.of(accessExpires),
                        installationId, Hashes.sha256(refresh), chain, userId, created,
                        Utc.of(now.plus(settings.refreshTokenLifetime())))
                .update();
        return new Pair(access, refresh, accessExpires, userId);
    }

    private static String newChain() {
        return random().substring(0, 32);
    }

    /** A code or refresh token the token endpoint refuses, with protocol.md's error code. */
    public static final class TokenRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String error;

        public TokenRefused(String error, String description) {
            super(description);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    /** An access token that grants nothing. */
    public static final class AccessRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public AccessRefused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
