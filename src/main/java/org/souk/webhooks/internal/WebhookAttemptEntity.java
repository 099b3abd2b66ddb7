package org.souk.webhooks.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.webhooks.WebhookDelivery;

@Entity
@Table(name = "webhook_attempt")
public class WebhookAttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long deliveryId;
    private int number;
    private boolean redelivery;
    private Instant startedAt;
    private long durationMs;
    private int status;
    private String error;

    protected WebhookAttemptEntity() {
    }

    public WebhookAttemptEntity(long deliveryId, int number, boolean redelivery, Instant startedAt, long durationMs,
            int status, String error) {
        this.deliveryId = deliveryId;
        this.number = number;
        this.redelivery = redelivery;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.status = status;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public WebhookDelivery.Attempt toAttempt() {
        return new WebhookDelivery.Attempt(number, redelivery, startedAt, durationMs, status, error);
    }
}
