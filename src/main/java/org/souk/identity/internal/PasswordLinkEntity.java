package org.souk.identity.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.identity.PasswordLinkIssued.Purpose;

@Entity
@Table(name = "password_link")
public class PasswordLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordLinkEntity() {
    }

    public PasswordLinkEntity(Long userId, String tokenHash, Purpose purpose, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public Long getUserId() {
        return userId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use() {
        usedAt = Instant.now();
    }
}
