package org.souk.webhooks.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's endpoint: where its events go, which ones, and whether it still takes them. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpointEntity {

    public static final String ACTIVE = "ACTIVE";
    public static final String DISABLED = "DISABLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long partnerId;
    private String url;
    /** The subscribed types, separated by spaces. */
    private String events;
    private String description;
    private String signingSecret;
    private String secretHint;
    private String status = ACTIVE;
    /** Since when every attempt failed (null: the last one succeeded, or none was made). */
    private Instant failingSince;
    private String lastError;
    private Instant disabledAt;
    private String createdBy;
    private Instant createdAt;

    protected WebhookEndpointEntity() {
    }

    public WebhookEndpointEntity(long partnerId, String url, List<String> events, String description, String secret,
            String createdBy) {
        this.partnerId = partnerId;
        this.url = url;
        this.events = String.join(" ", events);
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        rotate(secret);
    }

    public void rotate(String secret) {
        this.signingSecret = secret;
        this.secretHint = secret.substring(0, Math.min(secret.length(), 10)) + "…";
    }

    public void change(String url, List<String> events, String description) {
        this.url = url;
        this.events = String.join(" ", events);
        this.description = description;
    }

    public boolean wants(String type) {
        return eventList().contains(type);
    }

    public List<String> eventList() {
        return Arrays.stream(events.split(" ")).filter(s -> !s.isBlank()).toList();
    }

    public void succeeded() {
        failingSince = null;
        lastError = null;
    }

    public void failed(Instant at, String error) {
        if (failingSince == null) {
            failingSince = at;
        }
        lastError = error;
    }

    public void disable(Instant at) {
        status = DISABLED;
        disabledAt = at;
    }

    /** Enabled again by the partner: a fresh start, the failures forgotten. */
    public void enable() {
        status = ACTIVE;
        disabledAt = null;
        failingSince = null;
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public String getSecretHint() {
        return secretHint;
    }

    public String getStatus() {
        return status;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
