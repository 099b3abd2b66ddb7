package org.souk.webhooks.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.souk.webhooks.NewWebhook;
import org.souk.webhooks.WebhookDelivery;
import org.souk.webhooks.WebhookEndpoint;
import org.souk.webhooks.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The partner's webhook endpoints and their deliveries through the API (docs/webhooks.md). */
@RestController
@Tag(name = "Webhooks", description = "Endpoints that hear the partner's events, signed with HMAC-SHA256 "
        + "(Souk-Signature: t=…,v1=…; docs/webhooks.md), with every delivery and attempt")
class WebhooksApi {

    private final Webhooks webhooks;
    private final Messages messages;

    WebhooksApi(Webhooks webhooks, Messages messages) {
        this.webhooks = webhooks;
        this.messages = messages;
    }

    record EventType(String type, String label) {
    }

    @GetMapping("/api/v1/partners/me/webhooks/event-types")
    @Operation(summary = "The event types an endpoint may subscribe to, with their names")
    List<EventType> eventTypes() {
        return webhooks.eventTypes().stream().map(t -> new EventType(t, messages.get("webhooks.event." + t)))
                .toList();
    }

    @GetMapping("/api/v1/partners/me/webhooks")
    @Operation(summary = "Your endpoints, oldest first (never their secrets)")
    PageResponse<WebhookEndpoint> list(@AuthenticationPrincipal SoukUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return webhooks.list(user, page, size);
    }

    @PostMapping("/api/v1/partners/me/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an endpoint; the answer's secret is shown this once", description = "{url, events, "
            + "description}: an http(s) URL Souk can reach from the internet, and at least one type of "
            + "GET …/webhooks/event-types. 422 names the field; 409 beyond 10 endpoints.")
    WebhookEndpoint register(@AuthenticationPrincipal SoukUser user, @RequestBody NewWebhook form) {
        return webhooks.register(user, form);
    }

    @GetMapping("/api/v1/partners/me/webhooks/{id}")
    @Operation(summary = "One endpoint, with since when it fails and its last error")
    WebhookEndpoint get(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        return webhooks.get(user, id);
    }

    @PatchMapping("/api/v1/partners/me/webhooks/{id}")
    @Operation(summary = "Change the URL, the events or the description; enabled: true enables it again")
    WebhookEndpoint change(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestBody NewWebhook form) {
        return webhooks.change(user, id, form);
    }

    @DeleteMapping("/api/v1/partners/me/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an endpoint and what was sent to it")
    void delete(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        webhooks.delete(user, id);
    }

    @PostMapping("/api/v1/partners/me/webhooks/{id}/secret")
    @Operation(summary = "A new secret, shown this once; the old one signs nothing more")
    WebhookEndpoint rotate(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        return webhooks.rotateSecret(user, id);
    }

    @GetMapping("/api/v1/partners/me/webhooks/{id}/deliveries")
    @Operation(summary = "What was sent to the endpoint, newest first, with every attempt's response code")
    PageResponse<WebhookDelivery> deliveries(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return webhooks.deliveries(user, id, page, size);
    }

    @PostMapping("/api/v1/partners/me/webhooks/{id}/deliveries/{deliveryId}/redelivery")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a delivery again now, with the same event id and body", description = "409 while the "
            + "endpoint is disabled: enable it first.")
    WebhookDelivery redeliver(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @PathVariable long deliveryId) {
        return webhooks.redeliver(user, id, deliveryId);
    }
}
