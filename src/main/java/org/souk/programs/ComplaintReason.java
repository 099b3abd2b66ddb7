package org.souk.programs;

/** The reasons a complaint picks from (G-03). */
public enum ComplaintReason {
    DOES_NOT_WORK, NOT_AS_DESCRIBED, ASKS_FOR_PASSWORD, OFFENSIVE_CONTENT, SECURITY, OTHER
}
