package org.souk.solution;

/** What the partner sees of a solution (architecture.md, "Solution status"). */
public enum SolutionStatus {
    DRAFT, ON_MODERATION, RETURNED, PUBLISHED, PREPARE_FOR_PUBLISHING, HIDDEN, REMOVED
}
