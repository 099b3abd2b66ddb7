package org.souk.identity.internal;

import java.time.Instant;

/**
 * A personal access token as its owner sees it in lists: never the token itself. {@code access} read: GET and HEAD
 * only; {@code solution}: the one solution it reaches (null: all of its user's).
 */
public record ApiTokenView(long id, String name, String hint, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, TokenScope.Access access, String solution) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || Instant.now().isBefore(expiresAt));
    }
}
