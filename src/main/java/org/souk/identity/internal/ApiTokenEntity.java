package org.souk.identity.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String name;
    private String tokenHash;
    private String tokenHint;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    /** Only GET and HEAD: a token for a program that reads (a dashboard, {@code souk status}). */
    private boolean readOnly;
    /** The one solution the token may reach, by code; null: every solution of its user. */
    private String solutionCode;

    protected ApiTokenEntity() {
    }

    public ApiTokenEntity(Long userId, String name, String tokenHash, String tokenHint, Instant expiresAt,
            TokenScope scope) {
        this.readOnly = scope.readOnly();
        this.solutionCode = scope.solution();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public boolean valid(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public String getName() {
        return name;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public TokenScope scope() {
        return new TokenScope(readOnly, solutionCode);
    }

    public ApiTokenView toView() {
        return new ApiTokenView(id, name, tokenHint, createdAt, expiresAt, lastUsedAt, revokedAt,
                readOnly ? TokenScope.Access.READ : TokenScope.Access.WRITE, solutionCode);
    }
}
