package org.souk.moderation;

/** Where a submission stands; the first two are open, the others are final. */
public enum SubmissionStatus {
    QUEUED, IN_REVIEW, APPROVED, RETURNED, REFUSED, CANCELLED;

    public boolean open() {
        return this == QUEUED || this == IN_REVIEW;
    }
}
