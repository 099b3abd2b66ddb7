package org.souk.webhooks.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event for one endpoint: pending until an attempt got a 2xx, failed when the day of retries is over. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long eventId;
    private long endpointId;
    private String status = PENDING;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant giveUpAt;
    private Instant leaseUntil;
    /** The next attempt is one the partner asked for. */
    private boolean redelivery;
    private Instant createdAt;
    private Instant deliveredAt;

    protected WebhookDeliveryEntity() {
    }

    public WebhookDeliveryEntity(long eventId, long endpointId, Instant now, Duration retryFor) {
        this.eventId = eventId;
        this.endpointId = endpointId;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.giveUpAt = now.plus(retryFor);
    }

    /**
     * Records an attempt's outcome: a failure is tried again after {@code firstRetry}, doubled each time up to
     * {@code maxRetry}, while that stays within the day of retries.
     */
    public void attempted(boolean delivered, Instant now, Duration firstRetry, Duration maxRetry) {
        attempts++;
        leaseUntil = null;
        redelivery = false;
        if (delivered) {
            status = DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
            return;
        }
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        Instant next = now.plus(wait.compareTo(maxRetry) > 0 ? maxRetry : wait);
        if (next.isAfter(giveUpAt)) {
            status = FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = next;
        }
    }

    /** The partner asks to send it again: one attempt now, whatever came before (no retries after it). */
    public void redeliver(Instant now) {
        status = PENDING;
        nextAttemptAt = now;
        giveUpAt = now;
        leaseUntil = null;
        redelivery = true;
    }

    public boolean isRedelivery() {
        return redelivery;
    }

    /** The endpoint was disabled: no more attempts. */
    public void abandon() {
        if (PENDING.equals(status)) {
            status = FAILED;
            nextAttemptAt = null;
            leaseUntil = null;
        }
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public long getEndpointId() {
        return endpointId;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
