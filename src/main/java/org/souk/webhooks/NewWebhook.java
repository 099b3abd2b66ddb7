package org.souk.webhooks;

import java.util.List;

/**
 * An endpoint to register, or the fields to change ({@code null}: unchanged). {@code enabled} true enables a
 * disabled endpoint again (its failures forgotten), false disables it.
 */
public record NewWebhook(String url, List<String> events, String description, Boolean enabled) {
}
