package org.souk.identity.internal;

import org.souk.identity.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SoukUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    SoukUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(UserAccounts.normalize(email)).map(UserEntity::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
