package org.souk.webhooks.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event as it happened, with the body that every attempt sends unchanged (its id lets receivers drop repeats). */
@Entity
@Table(name = "webhook_event")
public class WebhookEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String publicId;
    private long partnerId;
    private String type;
    private Instant occurredAt;
    private String body;

    protected WebhookEventEntity() {
    }

    public WebhookEventEntity(String publicId, long partnerId, String type, Instant occurredAt, String body) {
        this.publicId = publicId;
        this.partnerId = partnerId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getBody() {
        return body;
    }
}
