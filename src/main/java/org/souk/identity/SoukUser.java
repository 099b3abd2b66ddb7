package org.souk.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, the same for a browser session and a personal access token. */
public final class SoukUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean passwordSet;
    private String passwordHash;

    public SoukUser(long id, String email, String firstName, String lastName, Set<Role> roles, boolean enabled,
            Instant lockedUntil, String passwordHash) {
        this.id = id;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.passwordHash = passwordHash;
        this.passwordSet = passwordHash != null;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    public String firstName() {
        return firstName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role) || role != Role.PARTNER && roles.contains(Role.ADMINISTRATOR);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        // a user who has not yet set a password (an invitation not yet followed) cannot sign in
        return enabled && passwordSet;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SoukUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SoukUser[" + id + ", " + email + "]";
    }
}
