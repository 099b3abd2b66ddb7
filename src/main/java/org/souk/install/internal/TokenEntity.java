package org.souk.install.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An authorization code, access token or refresh token: only its SHA-256 is kept. */
@Entity
@Table(name = "oauth_token")
public class TokenEntity {

    public enum Kind {
        CODE, ACCESS, REFRESH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long installationId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private String tokenHash;
    private String chain;
    private long userId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    protected TokenEntity() {
    }

    public TokenEntity(long installationId, Kind kind, String tokenHash, String chain, long userId,
            Instant expiresAt) {
        this.installationId = installationId;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.chain = chain;
        this.userId = userId;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getInstallationId() {
        return installationId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getChain() {
        return chain;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
