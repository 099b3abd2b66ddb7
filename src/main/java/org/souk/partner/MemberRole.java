package org.souk.partner;

/** A partner user is an owner (manages the account and its users) or a developer (works on solutions). */
public enum MemberRole {
    OWNER, DEVELOPER
}
