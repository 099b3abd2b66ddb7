package org.souk.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;

@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String firstName;
    private String lastName;
    private String passwordHash;
    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    /** A generated password, printed to the log: its owner must replace it before anything else. */
    private boolean passwordMustChange;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserEntity() {
    }

    public UserEntity(String email, String firstName, String lastName, Role role) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        if (role != null) { // a plain user: a customer account's user, whose rights live with the account
            this.roles.add(role);
        }
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.passwordChangedAt = Instant.now();
        this.passwordMustChange = false;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public void requirePasswordChange() {
        this.passwordMustChange = true;
    }

    /** A staff user's one role of the market, replacing the one they had. */
    public void replaceRole(Role role) {
        roles.clear();
        roles.add(role);
    }

    public void disable() {
        this.enabled = false;
    }

    /** Counts a failed sign-in; the {@code max}-th in a row locks the login until {@code until}. */
    public boolean failedLogin(int max, Instant until) {
        failedLogins++;
        if (failedLogins >= max) {
            failedLogins = 0;
            lockedUntil = until;
            return true;
        }
        return false;
    }

    public void succeededLogin() {
        failedLogins = 0;
    }

    public SoukUser toPrincipal() {
        return new SoukUser(id, email, firstName, lastName, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                enabled, lockedUntil, passwordHash);
    }

    public UserAccount toAccount() {
        return new UserAccount(id, email, firstName, lastName, Set.copyOf(roles), enabled, passwordHash != null,
                createdAt);
    }
}
