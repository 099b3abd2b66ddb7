package org.souk.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.souk.webhooks.internal.WebhookAttemptEntity;
import org.souk.webhooks.internal.WebhookAttemptRepository;
import org.souk.webhooks.internal.WebhookDeliveryEntity;
import org.souk.webhooks.internal.WebhookDeliveryRepository;
import org.souk.webhooks.internal.WebhookEndpointEntity;
import org.souk.webhooks.internal.WebhookEndpointRepository;
import org.souk.webhooks.internal.WebhookEventEntity;
import org.souk.webhooks.internal.WebhookEventRepository;
import org.souk.webhooks.internal.WebhookSettings;
import org.souk.webhooks.internal.WebhooksDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's endpoints and what was sent to them: register (the secret shown once), change, enable or disable,
 * rotate the secret, remove; every delivery with its attempts, and a redelivery on request. Every call reads the
 * partner of the signed-in user: nobody sees or touches another partner's endpoints (404, as for an unknown id).
 */
@Service
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_URL = 1000;
    private static final int MAX_DESCRIPTION = 200;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEventRepository events;
    private final WebhookAttemptRepository attempts;
    private final List<PartnerEventTypes> catalog;
    private final WebhookSettings settings;
    private final Partners partners;
    private final AuditLog audit;
    private final Messages messages;
    private final ApplicationEventPublisher publisher;

    Webhooks(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, WebhookEventRepository events,
            WebhookAttemptRepository attempts, List<PartnerEventTypes> catalog, WebhookSettings settings,
            Partners partners, AuditLog audit, Messages messages, ApplicationEventPublisher publisher) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.events = events;
        this.attempts = attempts;
        this.catalog = catalog;
        this.settings = settings;
        this.partners = partners;
        this.audit = audit;
        this.messages = messages;
        this.publisher = publisher;
    }

    /** Every event type an endpoint may subscribe to, as the modules declare them, sorted. */
    public List<String> eventTypes() {
        return catalog.stream().flatMap(c -> c.types().stream()).distinct().sorted().toList();
    }

    @Transactional(readOnly = true)
    public PageResponse<WebhookEndpoint> list(SoukUser user, int page, int size) {
        PartnerView partner = partners.mine(user);
        return PageResponse.read(page, size, 200,
                request -> endpoints.findByPartnerIdOrderByIdAsc(partner.id(), request), e -> view(e, null));
    }

    @Transactional(readOnly = true)
    public WebhookEndpoint get(SoukUser user, long id) {
        return view(endpoint(user, id), null);
    }

    /** A new endpoint; the answer carries its secret, the only time it is shown. */
    @Transactional
    public WebhookEndpoint register(SoukUser user, NewWebhook form) {
        PartnerView partner = partners.mine(user);
        List<Violation> violations = new ArrayList<>();
        String url = url(form.url(), violations);
        List<String> types = types(form.events(), violations);
        String description = description(form.description(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (endpoints.countByPartnerId(partner.id()) >= settings.maxEndpoints()) {
            throw new Conflict(null, messages.get("webhooks.error.tooMany", settings.maxEndpoints()));
        }
        String secret = newSecret();
        WebhookEndpointEntity saved = endpoints.save(new WebhookEndpointEntity(partner.id(), url, types, description,
                secret, user.email()));
        audit.record("webhook.created", "partner", partner.id(), "#" + saved.getId() + " " + url);
        return view(saved, secret);
    }

    /** Changes what is given; {@code enabled} enables (failures forgotten) or disables the endpoint. */
    @Transactional
    public WebhookEndpoint change(SoukUser user, long id, NewWebhook form) {
        WebhookEndpointEntity endpoint = endpoint(user, id);
        List<Violation> violations = new ArrayList<>();
        String url = form.url() == null ? endpoint.getUrl() : url(form.url(), violations);
        List<String> types = form.events() == null ? endpoint.eventList() : types(form.events(), violations);
        String description = form.description() == null ? endpoint.getDescription()
                : description(form.description(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        endpoint.change(url, types, description);
        if (Boolean.TRUE.equals(form.enabled()) && !endpoint.active()) {
            endpoint.enable();
            audit.record("webhook.enabled", "partner", endpoint.getPartnerId(), "#" + id);
        } else if (Boolean.FALSE.equals(form.enabled()) && endpoint.active()) {
            endpoint.disable(Instant.now());
            deliveries.findByEndpointIdAndStatus(id, WebhookDeliveryEntity.PENDING)
                    .forEach(WebhookDeliveryEntity::abandon);
            audit.record("webhook.disabled", "partner", endpoint.getPartnerId(), "#" + id + " by " + user.email());
        }
        audit.record("webhook.changed", "partner", endpoint.getPartnerId(), "#" + id + " " + url);
        return view(endpoint, null);
    }

    /** A new secret, shown once in the answer; the old one no longer signs anything. */
    @Transactional
    public WebhookEndpoint rotateSecret(SoukUser user, long id) {
        WebhookEndpointEntity endpoint = endpoint(user, id);
        String secret = newSecret();
        endpoint.rotate(secret);
        audit.record("webhook.secret-rotated", "partner", endpoint.getPartnerId(), "#" + id);
        return view(endpoint, secret);
    }

    @Transactional
    public void delete(SoukUser user, long id) {
        WebhookEndpointEntity endpoint = endpoint(user, id);
        endpoints.delete(endpoint);
        audit.record("webhook.deleted", "partner", endpoint.getPartnerId(), "#" + id + " " + endpoint.getUrl());
    }

    /** What was sent to an endpoint, newest first, each delivery with every attempt. */
    @Transactional(readOnly = true)
    public PageResponse<WebhookDelivery> deliveries(SoukUser user, long id, int page, int size) {
        WebhookEndpointEntity endpoint = endpoint(user, id);
        Page<WebhookDeliveryEntity> found = PageResponse.read(page, size, 200,
                request -> deliveries.findByEndpointIdOrderByIdDesc(endpoint.getId(), request));
        Map<Long, WebhookEventEntity> byId = events.findAllById(found.getContent().stream()
                .map(WebhookDeliveryEntity::getEventId).toList()).stream()
                .collect(Collectors.toMap(WebhookEventEntity::getId, Function.identity()));
        Map<Long, List<WebhookDelivery.Attempt>> tried = attempts(found.getContent().stream()
                .map(WebhookDeliveryEntity::getId).toList());
        return PageResponse.of(found, d -> view(d, byId.get(d.getEventId()), tried.getOrDefault(d.getId(), List.of())));
    }

    /** Sends a delivery once more, now, with the same event id and body (a new signature). */
    @Transactional
    public WebhookDelivery redeliver(SoukUser user, long id, long deliveryId) {
        WebhookEndpointEntity endpoint = endpoint(user, id);
        if (!endpoint.active()) {
            throw new Conflict(null, messages.get("webhooks.error.disabled"));
        }
        WebhookDeliveryEntity delivery = deliveries.findByIdAndEndpointId(deliveryId, endpoint.getId())
                .orElseThrow(() -> new NotFound(messages.get("webhooks.error.unknownDelivery",
                        String.valueOf(deliveryId))));
        delivery.redeliver(Instant.now());
        audit.record("webhook.redelivery", "partner", endpoint.getPartnerId(), "#" + id + " delivery " + deliveryId);
        publisher.publishEvent(new WebhooksDue(List.of(delivery.getId())));
        return view(delivery, events.findById(delivery.getEventId()).orElseThrow(),
                attempts(List.of(delivery.getId())).getOrDefault(delivery.getId(), List.of()));
    }

    private Map<Long, List<WebhookDelivery.Attempt>> attempts(Collection<Long> deliveryIds) {
        return deliveryIds.isEmpty() ? Map.of()
                : attempts.findByDeliveryIdInOrderByNumberAsc(deliveryIds).stream().collect(Collectors.groupingBy(
                        WebhookAttemptEntity::getDeliveryId, Collectors.mapping(WebhookAttemptEntity::toAttempt,
                                Collectors.toList())));
    }

    private WebhookEndpointEntity endpoint(SoukUser user, long id) {
        PartnerView partner = partners.mine(user);
        return endpoints.findByIdAndPartnerId(id, partner.id())
                .orElseThrow(() -> new NotFound(messages.get("webhooks.error.unknown", String.valueOf(id))));
    }

    private String url(String value, List<Violation> violations) {
        String url = value == null ? "" : value.strip();
        if (url.isEmpty()) {
            violations.add(messages.violation("url", null, "webhooks.error.urlRequired"));
            return url;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || url.length() > MAX_URL
                    || uri.getRawUserInfo() != null) {
                violations.add(messages.violation("url", null, "webhooks.error.url", MAX_URL));
            }
        } catch (URISyntaxException e) {
            violations.add(messages.violation("url", null, "webhooks.error.url", MAX_URL));
        }
        return url;
    }

    private List<String> types(List<String> wanted, List<Violation> violations) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        if (wanted != null) {
            wanted.stream().filter(t -> t != null && !t.isBlank()).map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .forEach(types::add);
        }
        if (types.isEmpty()) {
            violations.add(messages.violation("events", null, "webhooks.error.eventsRequired"));
        }
        List<String> known = eventTypes();
        List<String> unknown = types.stream().filter(t -> !known.contains(t)).toList();
        if (!unknown.isEmpty()) {
            violations.add(messages.violation("events", null, "webhooks.error.eventsUnknown",
                    String.join(", ", unknown), String.join(", ", known)));
        }
        return List.copyOf(types);
    }

    private String description(String value, List<Violation> violations) {
        String description = value == null || value.isBlank() ? null : value.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            violations.add(messages.violation("description", null, "webhooks.error.description", MAX_DESCRIPTION));
        }
        return description;
    }

    /** 32 random bytes in hex behind a prefix that says what it is (secret scanners recognise it). */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    private static WebhookEndpoint view(WebhookEndpointEntity e, String secret) {
        return new WebhookEndpoint(e.getId(), e.getUrl(), e.eventList(), e.getDescription(),
                WebhookEndpoint.Status.valueOf(e.getStatus()), e.getSecretHint(), secret, e.getFailingSince(),
                e.getLastError(), e.getDisabledAt(), e.getCreatedAt());
    }

    private static WebhookDelivery view(WebhookDeliveryEntity d, WebhookEventEntity event,
            List<WebhookDelivery.Attempt> attempts) {
        return new WebhookDelivery(d.getId(), event.getPublicId(), event.getType(), event.getOccurredAt(),
                WebhookDelivery.Status.valueOf(d.getStatus()), d.getAttempts(), d.getNextAttemptAt(),
                d.getDeliveredAt(), attempts);
    }
}
