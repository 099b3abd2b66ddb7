package org.souk.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Souk-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the endpoint's
 * secret>}, as Stripe signs. The timestamp is signed with the body, so a receiver that refuses old timestamps is
 * safe from replays; docs/webhooks.md shows how to check it.
 */
public final class WebhookSignature {

    public static final String HEADER = "Souk-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
    }

    public static String hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
