package org.souk.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code souk.*} settings of identity: the first administrator, lockout, address throttle, link lifetimes. */
@ConfigurationProperties("souk")
public record IdentityProperties(Admin admin, Security security) {

    public record Admin(String email, String password) {
    }

    public record Security(Lockout lockout, AddressThrottle addressThrottle, PasswordLink passwordLink) {
    }

    public record Lockout(int maxFailures, Duration duration) {
    }

    /** Failed sign-ins from one client address within {@code window} after which it may not try again. */
    public record AddressThrottle(int maxFailures, Duration window) {
    }

    public record PasswordLink(Duration resetValidity, Duration inviteValidity) {
    }
}
