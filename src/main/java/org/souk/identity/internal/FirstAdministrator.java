package org.souk.identity.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A market without an administrator gets one at start: from SOUK_ADMIN_EMAIL / SOUK_ADMIN_PASSWORD, or
 * admin@souk.example with a generated password printed once to the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final IdentityProperties properties;

    FirstAdministrator(UserAccounts accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyWith(Role.ADMINISTRATOR)) {
            return;
        }
        String email = blank(properties.admin().email()) ? "admin@souk.example" : properties.admin().email();
        boolean generated = blank(properties.admin().password());
        String password = generated ? generate() : properties.admin().password();
        var admin = accounts.create(new NewUser(email, "Market", "Administrator", password, Role.ADMINISTRATOR));
        if (generated) {
            accounts.requirePasswordChange(admin.id());
            log.warn("""

                    ================================================================
                     First administrator: {}
                     Password (shown once; you choose your own at the first sign-in): {}
                    ================================================================""", email, password);
        } else {
            log.info("First administrator {} created from SOUK_ADMIN_EMAIL / SOUK_ADMIN_PASSWORD", email);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String generate() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
