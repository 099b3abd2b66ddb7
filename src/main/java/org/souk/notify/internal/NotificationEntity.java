package org.souk.notify.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An in-app notification of one user: what happened and where to look. */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private String title;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected NotificationEntity() {
    }

    public NotificationEntity(long userId, String title, String link) {
        this.userId = userId;
        this.title = title.length() > 500 ? title.substring(0, 499) + "…" : title;
        this.link = link;
        this.createdAt = Instant.now();
    }

    public void read() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
