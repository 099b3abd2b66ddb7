package org.souk.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: how secrets are stored and looked up, and how accepted texts are fingerprinted. */
public final class Hashes {

    private static final HexFormat HEX = HexFormat.of();
    /** One digest a thread: the token endpoint hashes three tokens a grant, and the provider lookup costs more. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private Hashes() {
    }

    public static String sha256(String text) {
        // digest() resets the instance, so the next call on this thread starts clean
        return HEX.formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
