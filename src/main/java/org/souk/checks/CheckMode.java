package org.souk.checks;

/** How an administrator runs a rule's checks: enforced (blockers block), advisory (they only warn), off. */
public enum CheckMode {
    ENFORCED, ADVISORY, OFF
}
