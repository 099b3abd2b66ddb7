package org.souk.identity.internal;

import java.time.Instant;

import org.souk.audit.AuditLog;
import org.souk.identity.UserAccounts;
import org.souk.web.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login for a while after repeated failed sign-ins (form, or e-mail and password for a token).
 * A locked login stays locked for its whole period, even when the right password comes next. Each failure also
 * counts against the client's address ({@link AddressThrottle}), whether or not the login exists.
 */
@Component
class LoginThrottle {

    private final UserRepository users;
    private final IdentityProperties properties;
    private final AuditLog audit;
    private final AddressThrottle addresses;

    LoginThrottle(UserRepository users, IdentityProperties properties, AuditLog audit, AddressThrottle addresses) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.addresses = addresses;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String address = ClientAddress.current();
        if (address != null) {
            addresses.failed(address);
        }
        users.findByEmail(UserAccounts.normalize(event.getAuthentication().getName())).ifPresent(user -> {
            Instant until = Instant.now().plus(properties.security().lockout().duration());
            if (user.failedLogin(properties.security().lockout().maxFailures(), until)) {
                audit.record("login.locked", "user", user.getId(), "until " + until);
            }
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof org.souk.identity.SoukUser principal) {
            users.findById(principal.id()).ifPresent(UserEntity::succeededLogin);
        }
    }
}
