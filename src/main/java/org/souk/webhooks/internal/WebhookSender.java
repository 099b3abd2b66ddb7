package org.souk.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.audit.AuditLog;
import org.souk.outbound.GuardedHttp;
import org.souk.outbound.HttpAnswer;
import org.souk.partner.Partners;
import org.souk.webhooks.WebhookEndpointDisabled;
import org.souk.webhooks.WebhookSignature;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries: signed POSTs through the guarded client (no SSRF, {@code souk.webhooks.timeout} at most) on
 * a pool of {@code souk.webhooks.threads}, never on a request thread. An attempt is made by the node that claimed the
 * delivery (a conditional update that sets its lease); a node that dies leaves it to the others when the lease runs
 * out, so every event is sent at least once. Per endpoint, a delivery waits until every older one had its first
 * attempt: a healthy endpoint hears its events in the order they happened.
 *
 * <p>A failed attempt is retried after {@code first-retry}, doubled each time, for {@code retry-for}; an endpoint
 * whose attempts all failed for {@code disable-after} is disabled and its partner's users are e-mailed.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEventRepository events;
    private final WebhookEndpointRepository endpoints;
    private final WebhookAttemptRepository attempts;
    private final GuardedHttp http;
    private final WebhookSettings settings;
    private final Partners partners;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor pool;

    WebhookSender(WebhookDeliveryRepository deliveries, WebhookEventRepository events,
            WebhookEndpointRepository endpoints, WebhookAttemptRepository attempts, GuardedHttp http,
            WebhookSettings settings, Partners partners, AuditLog audit, ApplicationEventPublisher publisher,
            PlatformTransactionManager transactionManager) {
        this.deliveries = deliveries;
        this.events = events;
        this.endpoints = endpoints;
        this.attempts = attempts;
        this.http = http;
        this.settings = settings;
        this.partners = partners;
        this.audit = audit;
        this.publisher = publisher;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // the queue holds only ids: a claim is made when a thread takes one, so nothing waits holding a lease
        this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "webhook-delivery");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The first attempts of new deliveries, after their event committed. */
    @ApplicationModuleListener
    void on(WebhooksDue due) {
        due.deliveryIds().forEach(this::dispatch);
    }

    /** An attempt of this delivery on the pool, if it is still due when a thread takes it. */
    void dispatch(long deliveryId) {
        pool.execute(() -> attempt(deliveryId));
    }

    /**
     * Retries whose back-off has passed, first attempts a crash left behind and deliveries that waited for an older
     * one of their endpoint: handed to the pool while it has free threads (the lock is held only while listing).
     */
    @Scheduled(fixedDelayString = "${souk.webhooks.poll:1s}")
    @SchedulerLock(name = "webhook-deliveries", lockAtMostFor = "PT15S")
    void sendDue() {
        int free = settings.threads() - pool.getActiveCount() - pool.getQueue().size();
        if (free > 0) {
            deliveries.due(Instant.now(), -1L, PageRequest.of(0, free)).forEach(this::dispatch);
        }
    }

    private record Request(long deliveryId, long endpointId, String url, String secret, String eventId, String type,
            byte[] body, boolean redelivery) {
    }

    private void attempt(long deliveryId) {
        try {
            Request request = claim(deliveryId);
            if (request == null) {
                return;
            }
            send(request);
            // the next event of this endpoint, which may have waited for this one
            deliveries.due(Instant.now(), request.endpointId(), PageRequest.of(0, 1)).forEach(this::dispatch);
        } catch (RuntimeException e) {
            // the lease runs out and the poller tries again; nothing is lost
            log.warn("webhook delivery #{} not attempted: {}", deliveryId, e.toString());
        }
    }

    private Request claim(long deliveryId) {
        return transactions.execute(status -> {
            Instant now = Instant.now();
            if (deliveries.claim(deliveryId, now.plus(settings.lease()), now) == 0) {
                return null;
            }
            WebhookDeliveryEntity delivery = deliveries.findById(deliveryId).orElseThrow();
            WebhookEndpointEntity endpoint = endpoints.findById(delivery.getEndpointId()).orElseThrow();
            WebhookEventEntity event = events.findById(delivery.getEventId()).orElseThrow();
            return new Request(deliveryId, endpoint.getId(), endpoint.getUrl(), endpoint.getSigningSecret(),
                    event.getPublicId(), event.getType(), event.getBody().getBytes(StandardCharsets.UTF_8),
                    delivery.isRedelivery());
        });
    }

    private void send(Request request) {
        Instant started = Instant.now();
        long timestamp = started.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Souk-Webhooks/1.0");
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(request.secret(), timestamp, request.body()));
        headers.put("Souk-Event-Id", request.eventId());
        headers.put("Souk-Event-Type", request.type());
        long begin = System.nanoTime();
        HttpAnswer answer = http.post(request.url(), "application/json", request.body(), headers,
                started.plus(settings.timeout()));
        long millis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
        boolean delivered = answer.answered() && answer.status() >= 200 && answer.status() < 300;
        String error = delivered ? null : answer.describe();
        transactions.executeWithoutResult(status -> deliveries.findById(request.deliveryId()).ifPresent(delivery -> {
            Instant now = Instant.now();
            attempts.save(new WebhookAttemptEntity(delivery.getId(), delivery.getAttempts() + 1, request.redelivery(),
                    started, millis, answer.status(), error));
            delivery.attempted(delivered, now, settings.firstRetry(), settings.maxRetry());
            endpoints.findById(request.endpointId()).ifPresent(endpoint -> outcome(endpoint, delivered, error, now));
        }));
        if (!delivered) {
            log.info("webhook {} #{} to {} not delivered: {}", request.type(), request.deliveryId(), request.url(),
                    error);
        }
    }

    private void outcome(WebhookEndpointEntity endpoint, boolean delivered, String error, Instant now) {
        if (delivered) {
            endpoint.succeeded();
            return;
        }
        endpoint.failed(now, error);
        if (endpoint.active() && endpoint.getFailingSince().plus(settings.disableAfter()).isBefore(now)) {
            endpoint.disable(now);
            deliveries.findByEndpointIdAndStatus(endpoint.getId(), WebhookDeliveryEntity.PENDING)
                    .forEach(WebhookDeliveryEntity::abandon);
            audit.record("webhook.disabled", "partner", endpoint.getPartnerId(), endpoint.getUrl() + ": failing since "
                    + endpoint.getFailingSince() + ", " + error);
            List<WebhookEndpointDisabled.Recipient> recipients = partners.users(endpoint.getPartnerId()).stream()
                    .map(u -> new WebhookEndpointDisabled.Recipient(u.id(), u.email())).toList();
            publisher.publishEvent(new WebhookEndpointDisabled(endpoint.getId(), endpoint.getUrl(), error, recipients,
                    "/partner/webhooks/" + endpoint.getId()));
        }
    }
}
