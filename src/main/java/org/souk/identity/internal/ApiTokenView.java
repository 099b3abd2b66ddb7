package org.souk.identity.internal;

import java.time.Instant;

/** A personal access token as its owner sees it in lists: never the token itself. */
public record ApiTokenView(long id, String name, String hint, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || Instant.now().isBefore(expiresAt));
    }
}
