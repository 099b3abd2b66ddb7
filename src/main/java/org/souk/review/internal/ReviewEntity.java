package org.souk.review.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.souk.review.ReviewStatus;

/** One user's rating and review of a solution, with the partner's reply and the moderators' last step. */
@Entity
@Table(name = "review")
public class ReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String solutionCode;
    private long partnerId;
    private long authorId;
    private String authorName;
    private String authorEmail;
    private int rating;
    private String body;
    private String language;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private String flaggedWords;
    private boolean needsModeration;
    private String moderationReason;
    private String moderatedBy;
    private Instant moderatedAt;
    private String reply;
    private String replyAuthor;
    private Instant repliedAt;
    private Instant replyEditedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    @Column(name = "version")
    private int lockVersion;

    protected ReviewEntity() {
    }

    public ReviewEntity(String solutionCode, long partnerId, long authorId, String authorName, String authorEmail) {
        this.solutionCode = solutionCode;
        this.partnerId = partnerId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.status = ReviewStatus.VISIBLE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The author's rating and text; words of the offensive list put it before the moderators. */
    public void write(int rating, String body, String language, String flaggedWords) {
        boolean changed = id != null && (this.rating != rating || !java.util.Objects.equals(this.body, body));
        this.rating = rating;
        this.body = body;
        this.language = language;
        this.flaggedWords = flaggedWords;
        if (flaggedWords != null || changed && status == ReviewStatus.HIDDEN) {
            // a hidden review that its author changes is looked at again
            needsModeration = true;
        }
        if (changed) {
            updatedAt = Instant.now();
        }
    }

    /** Writes or replaces the partner's one reply; whether it is the first. */
    public boolean reply(String text, String author) {
        boolean first = reply == null;
        reply = text;
        replyAuthor = author;
        if (first) {
            repliedAt = Instant.now();
        } else {
            replyEditedAt = Instant.now();
        }
        return first;
    }

    public void reported() {
        needsModeration = true;
    }

    public void moderate(ReviewStatus status, String reason, String moderator) {
        this.status = status;
        this.moderationReason = reason;
        this.moderatedBy = moderator;
        this.moderatedAt = Instant.now();
        this.needsModeration = false;
    }

    public Long getId() {
        return id;
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public int getRating() {
        return rating;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getFlaggedWords() {
        return flaggedWords;
    }

    public boolean isNeedsModeration() {
        return needsModeration;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public String getReply() {
        return reply;
    }

    public String getReplyAuthor() {
        return replyAuthor;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getReplyEditedAt() {
        return replyEditedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
