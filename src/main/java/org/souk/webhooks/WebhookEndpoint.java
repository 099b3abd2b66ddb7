package org.souk.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint as its partner sees it. {@code secret} is there only in the answer that created it or rotated its
 * secret (shown once); afterwards only {@code secretHint}, its first characters, tells which secret it is.
 */
public record WebhookEndpoint(long id, String url, List<String> events, String description, Status status,
        String secretHint, String secret, Instant failingSince, String lastError, Instant disabledAt,
        Instant createdAt) {

    public enum Status {
        ACTIVE, DISABLED
    }
}
