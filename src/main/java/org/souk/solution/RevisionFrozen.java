package org.souk.solution;

/**
 * A draft was frozen into a revision for moderation (a submission). The install module hears it to test the
 * submitted version in a browser; {@code frozenBy} is the e-mail of whoever submitted ("system" when no one was
 * signed in).
 */
public record RevisionFrozen(String code, long revisionId, int versionNumber, String frozenBy) {
}
