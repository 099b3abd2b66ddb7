package org.souk.programs;

/** Open until a moderator dismisses it or removes the solution (which confirms it, G-03). */
public enum ComplaintStatus {
    OPEN, DISMISSED, REMOVED
}
