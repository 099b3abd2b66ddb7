package org.souk.review;

/** Why a user reports a review. */
public enum ReportReason {
    SPAM, OFFENSIVE, OFF_TOPIC
}
