package org.souk.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for tokens and links; they are stored only as SHA-256 hashes ({@link org.souk.web.Hashes}). */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
