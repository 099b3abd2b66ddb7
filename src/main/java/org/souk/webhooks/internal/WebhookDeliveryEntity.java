package org.souk.webhooks.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.souk.cluster.LeasedDelivery;

/**
 * One event for one endpoint: pending until an attempt got a 2xx, failed when the day of retries is over. The lease
 * and the outcome of attempts are {@link LeasedDelivery}'s.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity extends LeasedDelivery {

    private long eventId;
    private long endpointId;
    private Instant giveUpAt;
    /** The next attempt is one the partner asked for. */
    private boolean redelivery;

    protected WebhookDeliveryEntity() {
    }

    public WebhookDeliveryEntity(long eventId, long endpointId, Instant now, Duration retryFor) {
        super(now, now);
        this.eventId = eventId;
        this.endpointId = endpointId;
        this.giveUpAt = now.plus(retryFor);
    }

    /**
     * Records an attempt's outcome: a failure is tried again after {@code firstRetry}, doubled each time up to
     * {@code maxRetry}, while that stays within the day of retries.
     */
    public void attempted(boolean delivered, Instant now, Duration firstRetry, Duration maxRetry) {
        redelivery = false;
        Duration wait = backOff(firstRetry, getAttempts() + 1);
        Instant next = now.plus(wait.compareTo(maxRetry) > 0 ? maxRetry : wait);
        attempted(delivered, now, next.isAfter(giveUpAt) ? null : next);
    }

    /** The partner asks to send it again: one attempt now, whatever came before (no retries after it). */
    public void redeliver(Instant now) {
        due(now);
        giveUpAt = now;
        redelivery = true;
    }

    public boolean isRedelivery() {
        return redelivery;
    }

    public long getEventId() {
        return eventId;
    }

    public long getEndpointId() {
        return endpointId;
    }
}
