package org.souk.install.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.souk.cluster.LeasedDelivery;

/**
 * One event for a handler: pending until an attempt got a 2xx, failed after the last attempt. The lease and the
 * outcome of attempts are {@link LeasedDelivery}'s.
 */
@Entity
@Table(name = "event_delivery")
public class EventDeliveryEntity extends LeasedDelivery {

    private long installationId;
    private String solutionCode;
    private String event;
    private String handlerUrl;
    private Integer previousVersion;

    protected EventDeliveryEntity() {
    }

    public EventDeliveryEntity(InstallationEntity installation, String event, Integer previousVersion,
            Instant firstAttemptDue) {
        super(Instant.now(), firstAttemptDue);
        this.installationId = installation.getId();
        this.solutionCode = installation.getSolutionCode();
        this.event = event;
        this.handlerUrl = installation.getHandlerUrl();
        this.previousVersion = previousVersion;
    }

    /** Records the outcome of an attempt: the next one waits {@code firstRetry}, doubled each time. */
    public void attempted(boolean delivered, int maxAttempts, Duration firstRetry) {
        Instant now = Instant.now();
        int made = getAttempts() + 1;
        attempted(delivered, now, made >= maxAttempts ? null : now.plus(backOff(firstRetry, made)));
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
}
