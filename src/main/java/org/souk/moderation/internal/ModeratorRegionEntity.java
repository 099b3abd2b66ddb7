package org.souk.moderation.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A moderator works a region's queue: managers assign them (a moderator without one works every region). */
@Entity
@Table(name = "moderator_region")
@IdClass(ModeratorRegionEntity.Key.class)
public class ModeratorRegionEntity {

    public record Key(long userId, String region) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    private long userId;
    @Id
    private String region;
    private String assignedBy;
    private Instant assignedAt;

    protected ModeratorRegionEntity() {
    }

    public ModeratorRegionEntity(long userId, String region, String assignedBy, Instant assignedAt) {
        this.userId = userId;
        this.region = region;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public long getUserId() {
        return userId;
    }

    public String getRegion() {
        return region;
    }
}
