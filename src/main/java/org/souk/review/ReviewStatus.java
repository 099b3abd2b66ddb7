package org.souk.review;

/** A review shows in the catalog unless a moderator hid it. */
public enum ReviewStatus {
    VISIBLE, HIDDEN
}
