package org.souk.install.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event for a handler: pending until an attempt got a 2xx, failed after the last attempt. */
@Entity
@Table(name = "event_delivery")
public class EventDeliveryEntity {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long installationId;
    private String solutionCode;
    private String event;
    private String handlerUrl;
    private Integer previousVersion;
    private String status = PENDING;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant createdAt;
    private Instant deliveredAt;
    /** Until when the node that claimed the current attempt holds it (null: nobody). */
    private Instant leaseUntil;

    protected EventDeliveryEntity() {
    }

    public EventDeliveryEntity(InstallationEntity installation, String event, Integer previousVersion,
            Instant firstAttemptDue) {
        this.nextAttemptAt = firstAttemptDue;
        this.installationId = installation.getId();
        this.solutionCode = installation.getSolutionCode();
        this.event = event;
        this.handlerUrl = installation.getHandlerUrl();
        this.previousVersion = previousVersion;
        this.createdAt = Instant.now();
    }

    /** Records the outcome of an attempt: the next one waits {@code firstRetry}, doubled each time. */
    public void attempted(boolean delivered, int maxAttempts, Duration firstRetry) {
        attempts++;
        leaseUntil = null;
        if (delivered) {
            status = DELIVERED;
            deliveredAt = Instant.now();
            nextAttemptAt = null;
        } else if (attempts >= maxAttempts) {
            status = FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = Instant.now().plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    public Long getId() {
        return id;
    }

    public long getInstallationId() {
        return installationId;
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public String getEvent() {
        return event;
    }

    public String getHandlerUrl() {
        return handlerUrl;
    }

    public Integer getPreviousVersion() {
        return previousVersion;
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
