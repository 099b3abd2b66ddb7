package org.souk.identity;

import java.time.Instant;
import java.util.Set;

public record UserAccount(long id, String email, String firstName, String lastName, Set<Role> roles, boolean enabled,
        boolean passwordSet, Instant createdAt) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
