package org.souk.install.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.souk.install.internal.TokenEntity.Kind;
import org.souk.web.Hashes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes, access and refresh tokens of installations: 256 random bits each, kept only as SHA-256 and looked
 * up by it (an indexed, unique column). A chain is everything one authorization issued through all its
 * rotations: reusing a rotated refresh token or a used code revokes the whole chain (protocol.md, Souk).
 */
@Component
public class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenRepository tokens;
    private final InstallSettings settings;

    Tokens(TokenRepository tokens, InstallSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    /** A fresh access and refresh token for the app, as one new chain. */
    public record Pair(String accessToken, String refreshToken, Instant accessExpiresAt, long userId) {
    }

    /** What a valid access token grants. */
    public record Grant(long installationId, long userId, Instant expiresAt) {
    }

    /** Why an access token does not grant anything. */
    public enum Refusal {
        UNKNOWN, EXPIRED
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Transactional
    public Pair issue(long installationId, long userId) {
        return issue(installationId, userId, newChain());
    }

    @Transactional
    public String code(long installationId, long userId) {
        String code = random();
        tokens.save(new TokenEntity(installationId, Kind.CODE, Hashes.sha256(code), newChain(), userId,
                Instant.now().plus(settings.codeLifetime())));
        return code;
    }

    /**
     * The code or refresh token of {@code kind}, valid and not used before, marked used in the same step; a
     * reuse revokes its chain (in a transaction of its own, so the refusal does not roll it back).
     */
    @Transactional(noRollbackFor = TokenRefused.class)
    public Pair redeem(Kind kind, String value) {
        TokenEntity token = value == null ? null : tokens.findByTokenHash(Hashes.sha256(value)).orElse(null);
        if (token == null || token.getKind() != kind) {
            throw new TokenRefused("invalid_grant", kind == Kind.CODE ? "Invalid authorization code"
                    : "Invalid refresh token");
        }
        Instant now = Instant.now();
        if (token.getRevokedAt() != null) {
            throw new TokenRefused("invalid_grant", "The token was revoked");
        }
        if (tokens.markUsed(token.getId(), now) == 0) {
            tokens.revokeChain(token.getChain(), now);
            throw new TokenRefused("invalid_grant", "The token was already used: every token it issued is revoked");
        }
        if (token.expired(now)) {
            throw new TokenRefused("invalid_grant", "The token has expired");
        }
        return issue(token.getInstallationId(), token.getUserId(), token.getChain());
    }

    /** The installation a code or refresh token belongs to, to check it against the client's keys first. */
    @Transactional(readOnly = true)
    public Optional<Long> installationOf(String value) {
        return value == null ? Optional.empty()
                : tokens.findByTokenHash(Hashes.sha256(value)).map(TokenEntity::getInstallationId);
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Grant authenticate(String accessToken) {
        TokenEntity token = accessToken == null || accessToken.isBlank() ? null
                : tokens.findByTokenHash(Hashes.sha256(accessToken.trim())).orElse(null);
        if (token == null || token.getKind() != Kind.ACCESS || token.getRevokedAt() != null) {
            throw new AccessRefused(Refusal.UNKNOWN);
        }
        if (token.expired(Instant.now())) {
            throw new AccessRefused(Refusal.EXPIRED);
        }
        return new Grant(token.getInstallationId(), token.getUserId(), token.getExpiresAt());
    }

    /** O-02: every token of an installation stops working at once. */
    @Transactional
    public void revokeAll(long installationId) {
        tokens.revokeInstallation(installationId, Instant.now());
    }

    private Pair issue(long installationId, long userId, String chain) {
        String access = random();
        String refresh = random();
        Instant now = Instant.now();
        Instant accessExpires = now.plus(settings.accessTokenLifetime());
        tokens.save(new TokenEntity(installationId, Kind.ACCESS, Hashes.sha256(access), chain, userId, accessExpires));
        tokens.save(new TokenEntity(installationId, Kind.REFRESH, Hashes.sha256(refresh), chain, userId,
                now.plus(settings.refreshTokenLifetime())));
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
