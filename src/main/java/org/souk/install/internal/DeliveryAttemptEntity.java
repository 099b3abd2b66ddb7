package org.souk.install.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.install.EventDelivery;

@Entity
@Table(name = "event_delivery_attempt")
public class DeliveryAttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long deliveryId;
    private int number;
    private Instant startedAt;
    private long durationMs;
    private int status;
    private String error;

    protected DeliveryAttemptEntity() {
    }

    public DeliveryAttemptEntity(long deliveryId, int number, Instant startedAt, long durationMs, int status,
            String error) {
        this.deliveryId = deliveryId;
        this.number = number;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.status = status;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    public EventDelivery.Attempt toAttempt() {
        return new EventDelivery.Attempt(number, startedAt, durationMs, status, error);
    }
}
