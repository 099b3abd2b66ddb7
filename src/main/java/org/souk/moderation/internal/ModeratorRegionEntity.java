package org.souk.moderation.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A moderator works a region's queue: managers assign them (a moderator without one works every region). */
@Entity
@Table(name = "moderator_region")
@IdClass(ModeratorRegionEntity.Key.class)
public class ModeratorRegionEntity {

    /** The row's key: the moderator and the region. */
    public static class Key implements Serializable {

        private long userId;
        private String region;

        public Key() {
        }

        public Key(long userId, String region) {
            this.userId = userId;
            this.region = region;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.userId == userId && Objects.equals(key.region, region);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, region);
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
