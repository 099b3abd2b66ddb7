package org.souk.moderation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message of the chat between a partner and a region's moderators (M-05); never edited. */
@Entity
@Table(name = "chat_message")
public class ChatMessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long partnerId;
    private String region;
    private Long submissionId;
    private long authorId;
    private String authorName;
    private boolean fromModerator;
    private String body;
    private Instant createdAt;

    protected ChatMessageEntity() {
    }

    public ChatMessageEntity(long partnerId, String region, Long submissionId, long authorId, String authorName,
            boolean fromModerator, String body) {
        this.partnerId = partnerId;
        this.region = region;
        this.submissionId = submissionId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.fromModerator = fromModerator;
        this.body = body;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getRegion() {
        return region;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isFromModerator() {
        return fromModerator;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
