package org.souk.moderation;

/** What a submission asks for: a first publication, a new version, or a changed card of the same version. */
public enum SubmissionKind {
    NEW_SOLUTION, NEW_VERSION, CARD_CHANGE
}
