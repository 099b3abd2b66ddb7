package org.souk.identity;

/** The market's roles. A partner user's owner/developer role lives with the partner account. */
public enum Role {
    ADMINISTRATOR, MANAGER, MODERATOR, PARTNER;

    public String authority() {
        return "ROLE_" + name();
    }
}
