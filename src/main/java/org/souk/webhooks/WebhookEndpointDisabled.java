package org.souk.webhooks;

import java.util.List;

/**
 * An endpoint that failed for longer than {@code souk.webhooks.disable-after} was disabled: notify e-mails the
 * partner's users. {@code link} is the page where the partner sees the attempts and enables it again.
 */
public record WebhookEndpointDisabled(long endpointId, String url, String lastError, List<Recipient> recipients,
        String link) {

    public record Recipient(long userId, String email) {
    }
}
