package org.souk.webhooks.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.souk.web.SiteAddress;
import org.souk.webhooks.PartnerEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records each {@link PartnerEvent} for every active endpoint of its partner that wants it, in the transaction that
 * published it: the event happened if and only if its deliveries exist. The first attempts follow through the event
 * publication registry ({@link WebhooksDue}), after the commit, on the sender's pool.
 */
@Component
class WebhookRecorder {

    private final WebhookEndpointRepository endpoints;
    private final WebhookEventRepository events;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSettings settings;
    private final SiteAddress site;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;

    WebhookRecorder(WebhookEndpointRepository endpoints, WebhookEventRepository events,
            WebhookDeliveryRepository deliveries, WebhookSettings settings, SiteAddress site, JsonMapper json,
            ApplicationEventPublisher publisher) {
        this.endpoints = endpoints;
        this.events = events;
        this.deliveries = deliveries;
        this.settings = settings;
        this.site = site;
        this.json = json;
        this.publisher = publisher;
    }

    @EventListener
    void on(PartnerEvent event) {
        List<WebhookEndpointEntity> wanting = endpoints.findByPartnerIdAndStatus(event.partnerId(),
                WebhookEndpointEntity.ACTIVE).stream().filter(e -> e.wants(event.type())).toList();
        if (wanting.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        WebhookEventEntity saved = events.save(new WebhookEventEntity(id, event.partnerId(), event.type(), now,
                body(id, event, now)));
        List<Long> due = wanting.stream().map(endpoint -> deliveries.save(new WebhookDeliveryEntity(saved.getId(),
                endpoint.getId(), now, settings.retryFor())).getId()).toList();
        publisher.publishEvent(new WebhooksDue(due));
    }

    /** {id, type, time, data}: the event's objects with their links made absolute by the market's address. */
    private String body(String id, PartnerEvent event, Instant time) {
        Map<String, Object> data = new LinkedHashMap<>(event.data());
        Map<String, String> links = new LinkedHashMap<>();
        event.links().forEach((name, path) -> links.put(name, path.startsWith("/") ? site.get() + path : path));
        data.put("links", links);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", event.type());
        body.put("time", time.toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }
}
