package org.souk.install.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.install.EventDelivery;
import org.souk.outbound.GuardedHttp;
import org.souk.outbound.HttpAnswer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ONAPPINSTALL, ONAPPUPDATE and ONAPPUNINSTALL to a version's handler, as protocol.md shows them: a form
 * POST with bracketed keys, through the guarded client. The first attempt follows the event publication
 * registry (at least once, even across a crash); a failed one is retried with a doubling back-off by
 * {@link #retryDue()}. Every attempt is recorded with its status, time and error.
 *
 * <p>Several nodes: an attempt is made by the node that claimed the delivery, a conditional update that sets
 * its lease ({@code souk.install.delivery-lease}, longer than any request may take) and that only one node wins.
 * A node that dies while it holds a lease leaves the delivery to the others when the lease runs out; each attempt
 * number is recorded once (a unique index), so no attempt is counted twice.
 *
 * <p>The tokens of ONAPPINSTALL and ONAPPUPDATE are issued when the request is built, never stored in clear:
 * a retry sends a fresh pair.
 */
@Component
public class EventDeliveries {

    public static final String INSTALL = "ONAPPINSTALL";
    public static final String UPDATE = "ONAPPUPDATE";
    public static final String UNINSTALL = "ONAPPUNINSTALL";
    private static final Logger log = LoggerFactory.getLogger(EventDeliveries.class);

    private final EventDeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final InstallationRepository installations;
    private final AccountRepository accounts;
    private final Tokens tokens;
    private final Endpoints endpoints;
    private final GuardedHttp http;
    private final InstallSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private static final int THREADS = 4;
    private final ThreadPoolExecutor executor;

    EventDeliveries(EventDeliveryRepository deliveries, DeliveryAttemptRepository attempts,
            InstallationRepository installations, AccountRepository accounts, Tokens tokens, Endpoints endpoints,
            GuardedHttp http, InstallSettings settings, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        // each step commits on its own: the tokens of an event must be stored before the app can use them
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "event-delivery");
            thread.setDaemon(true);
            return thread;
        });
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.installations = installations;
        this.accounts = accounts;
        this.tokens = tokens;
        this.endpoints = endpoints;
        this.http = http;
        this.settings = settings;
        this.events = events;
    }

    /** Records an event for the installation's handler (none without a handler), in the caller's transaction. */
    /** The deliveries of a solution's events, newest first, with every attempt. */
    public Page<EventDelivery> of(String solutionCode, Pageable page) {
        return deliveries.findBySolutionCodeOrderByIdDesc(solutionCode, page).map(delivery -> {
            AccountEntity account = installations.findById(delivery.getInstallationId())
                    .flatMap(i -> accounts.findById(i.getAccountId())).orElseThrow();
            return new EventDelivery(delivery.getId(), delivery.getEvent(), account.getDomain(),
                    account.getMemberId(), delivery.getHandlerUrl(), delivery.getStatus(), delivery.getAttempts(),
                    delivery.getCreatedAt(), delivery.getDeliveredAt(), delivery.getNextAttemptAt(),
                    attempts.findByDeliveryIdOrderByNumberAsc(delivery.getId()).stream()
                            .map(DeliveryAttemptEntity::toAttempt).toList());
        });
    }

    public void schedule(InstallationEntity installation, String event, Integer previousVersion) {
        if (installation.getHandlerUrl() == null || installation.getHandlerUrl().isBlank()) {
            return;
        }
        EventDeliveryEntity delivery = deliveries.save(new EventDeliveryEntity(installation, event, previousVersion,
                Instant.now().plus(settings.deliveryLease())));
        events.publishEvent(new HandlerEventDue(delivery.getId()));
    }

    /**
     * The first attempt, on the delivery threads (the request that installed does not wait for the partner's
     * server). Should it never run (a crash), the row's first {@code next_attempt_at} hands it to
     * {@link #retryDue()}.
     */
    @ApplicationModuleListener
    void on(HandlerEventDue due) {
        executor.execute(() -> attempt(due.deliveryId()));
    }

    /**
     * Failed deliveries whose back-off has passed, and first attempts whose node died: claimed here, sent on the
     * delivery threads (so the lock of this job is held only while claiming).
     */
    @Scheduled(fixedDelayString = "${souk.install.delivery-poll:1s}")
    @SchedulerLock(name = "install-delivery-retries", lockAtMostFor = "PT15S")
    void retryDue() {
        // no more claims than threads free to send them: a claim waiting in a queue could outlive its lease
        int free = THREADS - executor.getActiveCount() - executor.getQueue().size();
        if (free <= 0) {
            return;
        }
        for (Long id : deliveries.due(Instant.now(), PageRequest.of(0, free))) {
            Request request = claim(id);
            if (request != null) {
                executor.execute(() -> send(id, request));
            }
        }
    }

    /**
     * One attempt, unless the delivery is settled or another node holds it; the HTTP request runs outside any
     * transaction.
     */
    public void attempt(long deliveryId) {
        Request request = claim(deliveryId);
        if (request != null) {
            send(deliveryId, request);
        }
    }

    private Request claim(long deliveryId) {
        return transactions.execute(status -> {
            Instant now = Instant.now();
            return deliveries.claim(deliveryId, now.plus(settings.deliveryLease()), now) == 1 ? request(deliveryId)
                    : null;
        });
    }

    private void send(long deliveryId, Request request) {
        Instant started = Instant.now();
        long begin = System.nanoTime();
        HttpAnswer answer = http.post(request.url(), "application/x-www-form-urlencoded",
                request.body().getBytes(StandardCharsets.UTF_8), null);
        long millis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
        boolean delivered = answer.answered() && answer.status() >= 200 && answer.status() < 300;
        // the delivery is gone when its account was deleted meanwhile (the install test's throwaway account)
        transactions.executeWithoutResult(status -> deliveries.findById(deliveryId).ifPresent(delivery -> {
            attempts.save(new DeliveryAttemptEntity(deliveryId, delivery.getAttempts() + 1, started, millis,
                    answer.status(), delivered ? null : answer.describe()));
            delivery.attempted(delivered, settings.deliveryAttempts(), settings.deliveryFirstRetry());
        }));
        if (!delivered) {
            log.info("{} #{} to {} not delivered: {}", request.event(), deliveryId, request.url(), answer.describe());
        }
    }

    private record Request(String event, String url, String body) {
    }

    private Request request(long deliveryId) {
        EventDeliveryEntity delivery = deliveries.findById(deliveryId).orElse(null);
        if (delivery == null || !EventDeliveryEntity.PENDING.equals(delivery.getStatus())) {
            return null;
        }
        InstallationEntity installation = installations.findById(delivery.getInstallationId()).orElse(null);
        AccountEntity account = installation == null ? null
                : accounts.findById(installation.getAccountId()).orElse(null);
        if (account == null) {
            return null;
        }
        return new Request(delivery.getEvent(), delivery.getHandlerUrl(),
                form(payload(delivery, installation, account)));
    }

    /** The fields of protocol.md, in the order Bitrix24 sends them. */
    private Map<String, String> payload(EventDeliveryEntity delivery, InstallationEntity installation,
            AccountEntity account) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("event", delivery.getEvent());
        fields.put("event_handler_id", String.valueOf(delivery.getId()));
        switch (delivery.getEvent()) {
            case INSTALL -> {
                fields.put("data[VERSION]", String.valueOf(installation.getVersion()));
                fields.put("data[ACTIVE]", "Y");
                fields.put("data[INSTALLED]", InstallationEntity.INSTALLED.equals(installation.getStatus()) ? "Y" : "N");
                fields.put("data[LANGUAGE_ID]", account.getLanguage());
            }
            case UPDATE -> {
                fields.put("data[VERSION]", String.valueOf(installation.getVersion()));
                fields.put("data[PREVIOUS_VERSION]", String.valueOf(delivery.getPreviousVersion()));
                fields.put("data[LANGUAGE_ID]", account.getLanguage());
            }
            default -> {
                fields.put("data[LANGUAGE_ID]", account.getLanguage());
                fields.put("data[CLEAN]", installation.isClean() ? "1" : "0");
            }
        }
        fields.put("ts", String.valueOf(Instant.now().getEpochSecond()));
        // every token of an uninstalled app is already revoked: ONAPPUNINSTALL carries none
        Tokens.Pair pair = UNINSTALL.equals(delivery.getEvent()) ? null
                : tokens.issue(installation.getId(), installation.getInstalledBy());
        if (pair != null) {
            fields.put("auth[access_token]", pair.accessToken());
            fields.put("auth[expires]", String.valueOf(pair.accessExpiresAt().getEpochSecond()));
            fields.put("auth[expires_in]", String.valueOf(settings.accessTokenLifetime().toSeconds()));
            fields.put("auth[scope]", installation.getScope());
        }
        fields.put("auth[domain]", account.getDomain());
        fields.put("auth[server_endpoint]", endpoints.serverEndpoint());
        if (pair != null) {
            fields.put("auth[status]", installation.licenseStatus());
        }
        fields.put("auth[client_endpoint]", endpoints.clientEndpoint(account.getDomain()));
        fields.put("auth[member_id]", account.getMemberId());
        if (pair != null) {
            fields.put("auth[user_id]", String.valueOf(pair.userId()));
            fields.put("auth[refresh_token]", pair.refreshToken());
        }
        fields.put("auth[application_token]", installation.getApplicationToken());
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
