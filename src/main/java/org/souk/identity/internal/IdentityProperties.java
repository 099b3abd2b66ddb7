package org.souk.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code souk.*} settings of identity: the first administrator, lockout, link lifetimes. */
@ConfigurationProperties("souk")
public record IdentityProperties(Admin admin, Security security) {

    public record Admin(String email, String password) {
    }

    public record Security(Lockout lockout, PasswordLink passwordLink) {
    }

    public record Lockout(int maxFailures, Duration duration) {
    }

    public record PasswordLink(Duration resetValidity, Duration inviteValidity) {
    }
}
