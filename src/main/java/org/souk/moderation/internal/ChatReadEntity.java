package org.souk.moderation.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How far one user has read one thread: the unread counts, and whether the user is away from it. */
@Entity
@Table(name = "chat_read")
@IdClass(ChatReadEntity.Key.class)
public class ChatReadEntity {

    public record Key(Long userId, Long partnerId, String region) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    private Long userId;
    @Id
    private Long partnerId;
    @Id
    private String region;
    private long lastReadId;
    private Instant readAt;

    protected ChatReadEntity() {
    }

    public ChatReadEntity(long userId, long partnerId, String region) {
        this.userId = userId;
        this.partnerId = partnerId;
        this.region = region;
    }

    public void read(long upToId) {
        lastReadId = Math.max(lastReadId, upToId);
        readAt = Instant.now();
    }

    public String getRegion() {
        return region;
    }

    public long getLastReadId() {
        return lastReadId;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
