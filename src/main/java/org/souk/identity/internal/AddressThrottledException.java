package org.souk.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password is checked: its address failed too often lately ({@link AddressThrottle}). */
class AddressThrottledException extends AuthenticationException {

    AddressThrottledException(String address) {
        super("too many failed sign-ins from " + address);
    }
}
