package org.souk.cluster;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Something sent to another server, attempt after attempt, that any node may send: pending until an attempt got a
 * 2xx ({@code DELIVERED}), {@code FAILED} when the retries are over. The node that claims an attempt holds it until
 * {@code leaseUntil} (a conditional UPDATE of its repository sets it); should that node die, the lease runs out and
 * another node takes the attempt, so each is sent at least once. The columns {@code id, status, attempts,
 * next_attempt_at, lease_until, created_at, delivered_at} of the table of each kind (install's handler events,
 * partners' webhooks), which say when to try again.
 */
@MappedSuperclass
public abstract class LeasedDelivery {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String status = PENDING;
    private int attempts;
    private Instant nextAttemptAt;
    /** Until when the node that claimed the current attempt holds it (null: nobody). */
    private Instant leaseUntil;
    private Instant createdAt;
    private Instant deliveredAt;

    protected LeasedDelivery() {
    }

    protected LeasedDelivery(Instant createdAt, Instant firstAttemptDue) {
        this.createdAt = createdAt;
        this.nextAttemptAt = firstAttemptDue;
    }

    /** The wait after the {@code failed}-th failed attempt: {@code first}, doubled after each further one. */
    protected static Duration backOff(Duration first, int failed) {
        return first.multipliedBy(1L << Math.min(failed - 1, 20));
    }

    /**
     * An attempt ended and the lease is given back: delivered, or tried again at {@code retryAt}, or, with none,
     * failed for good.
     */
    protected void attempted(boolean delivered, Instant now, Instant retryAt) {
        attempts++;
        leaseUntil = null;
        if (delivered) {
            status = DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
        } else if (retryAt == null) {
            status = FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Pending again, due at {@code at}, held by nobody. */
    protected void due(Instant at) {
        status = PENDING;
        nextAttemptAt = at;
        leaseUntil = null;
    }

    /** No more attempts of a pending one. */
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
