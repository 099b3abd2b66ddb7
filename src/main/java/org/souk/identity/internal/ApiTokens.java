package org.souk.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.souk.web.Hashes;
import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: shown once, stored as a SHA-256 hash, looked up by that hash, revocable. */
@Service
public class ApiTokens {

    static final String PREFIX = "souk_pat_";
    /** Writing "last used" on every call would make each API request a write; a minute is precise enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    /** Serializable: the page that issued it shows it once through a flash attribute (kept in the session). */
    public record Issued(long id, String token, String name, Instant expiresAt, TokenScope.Access access,
            String solution) implements java.io.Serializable {
    }

    @Transactional
    public Issued issue(long userId, String name, Instant expiresAt) {
        return issue(userId, name, expiresAt, TokenScope.ALL);
    }

    /** A token limited to {@code scope} (read only, one solution), or {@link TokenScope#ALL}. */
    @Transactional
    public Issued issue(long userId, String name, Instant expiresAt, TokenScope scope) {
        String token = Secrets.random(PREFIX);
        ApiTokenEntity entity = tokens.save(new ApiTokenEntity(userId, name, Hashes.sha256(token),
                token.substring(0, PREFIX.length() + 4) + "…", expiresAt, scope));
        audit.record("token.created", "user", userId, name + (scope.equals(TokenScope.ALL) ? "" : ", " + scope));
        return new Issued(entity.getId(), token, name, expiresAt, scope.access(), scope.solution());
    }

    /** Who a token stands for, how far it reaches and until when (what {@code GET /api/v1/me} tells of it). */
    public record Bearer(SoukUser user, TokenScope scope, String name, Instant expiresAt) {
    }

    /** A page of the user's tokens, newest first, read by the database (tokens pile up: CI jobs make their own). */
    @Transactional(readOnly = true)
    public PageResponse<ApiTokenView> page(long userId, int page, int size) {
        return PageResponse.read(page, size, 200, request -> tokens.findByUserIdOrderByIdDesc(userId, request),
                ApiTokenEntity::toView);
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        ApiTokenEntity token = tokens.findByIdAndUserId(tokenId, userId)
                .orElseThrow(() -> new NotFound("No token " + tokenId + " of yours"));
        token.revoke();
        audit.record("token.revoked", "user", userId, String.valueOf(tokenId));
    }

    /**
     * The user a bearer token stands for and the token's scope, when it is known, not revoked, not expired and its
     * user enabled.
     */
    @Transactional
    public Optional<Bearer> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(Hashes.sha256(token)).filter(t -> t.valid(now)).flatMap(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                t.used(now);
            }
            return users.findById(t.getUserId()).map(UserEntity::toPrincipal).filter(SoukUser::isEnabled)
                    .filter(SoukUser::isAccountNonLocked)
                    .map(user -> new Bearer(user, t.scope(), t.getName(), t.getExpiresAt()));
        });
    }
}
