package org.souk.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * One event sent (or being sent) to one endpoint, with every attempt: its HTTP status ({@code 0}: no answer, see
 * {@code error}), when and how long it took, and whether the partner asked for it ({@code redelivery}).
 *
 * @param eventId the id in the body ({@code evt_…}), the same in every attempt: receivers drop what they saw
 */
public record WebhookDelivery(long id, String eventId, String type, Instant occurredAt, Status status, int attempts,
        Instant nextAttemptAt, Instant deliveredAt, List<Attempt> attemptList) {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    public record Attempt(int number, boolean redelivery, Instant startedAt, long durationMs, int status,
            String error) {
    }
}
