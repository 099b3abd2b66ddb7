package org.souk.programs;

/** A request waits for a manager, is refused, or is granted (active) until it ends. */
public enum GrantStatus {
    REQUESTED, REFUSED, ACTIVE, ENDED
}
