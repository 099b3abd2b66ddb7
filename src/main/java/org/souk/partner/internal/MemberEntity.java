package org.souk.partner.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.souk.partner.MemberRole;

@Entity
@Table(name = "partner_member")
@IdClass(MemberEntity.Key.class)
public class MemberEntity {

    public record Key(Long partnerId, Long userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long partnerId;
    @Id
    private Long userId;
    @Enumerated(EnumType.STRING)
    private MemberRole role;
    private Instant addedAt;

    protected MemberEntity() {
    }

    public MemberEntity(Long partnerId, Long userId, MemberRole role) {
        this.partnerId = partnerId;
        this.userId = userId;
        this.role = role;
        this.addedAt = Instant.now();
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Long getUserId() {
        return userId;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public MemberRole getRole() {
        return role;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
