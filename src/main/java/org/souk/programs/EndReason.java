package org.souk.programs;

/** Why a grant ended (G-01): its date came, the solutions it rests on left the catalog, or complaints ended it. */
public enum EndReason {
    EXPIRED, UNPUBLISHED, COMPLAINTS
}
