package org.souk.review.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.review.ReportReason;

/** A signed-in user's report of a review; resolved when a moderator hides or keeps the review. */
@Entity
@Table(name = "review_report")
public class ReviewReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reviewId;
    private long reporterId;
    @Enumerated(EnumType.STRING)
    private ReportReason reason;
    private Instant createdAt;
    private Instant resolvedAt;

    protected ReviewReportEntity() {
    }

    public ReviewReportEntity(long reviewId, long reporterId, ReportReason reason) {
        this.reviewId = reviewId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    public void resolve() {
        if (resolvedAt == null) {
            resolvedAt = Instant.now();
        }
    }

    public long getReviewId() {
        return reviewId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
