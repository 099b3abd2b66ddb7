package org.souk.webhooks.internal;

import java.util.List;

/**
 * Deliveries were recorded: stored in the event publication registry with the change that caused them, so their
 * first attempt follows the commit; should a node die first, the sender's poller finds them due.
 */
public record WebhooksDue(List<Long> deliveryIds) {
}
