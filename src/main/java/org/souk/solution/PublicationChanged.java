package org.souk.solution;

/**
 * What customers may see of a solution changed: a revision was published, the partner ticked or
 * unticked "Available in the catalog", a moderator removed or reinstated it. The catalog re-reads
 * {@link Revisions#listing(String)} when it hears this; the event says no more than the code, so a
 * late or repeated delivery can never show a stale state.
 */
public record PublicationChanged(String code) {
}
