package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * An attempt of an event delivery is made by the one node that claimed it: parallel attempts (as two nodes'
 * delivery threads make them) reach the partner's handler once; a delivery held by a live node's lease is left
 * alone; one whose node died (the lease ran out) is finished by the retry job of another. Each attempt number is
 * recorded once.
 */
class EventDeliveryClaimTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventDeliveries deliveries;

    private HttpServer handler;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void handler() throws Exception {
        handler = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        handler.setExecutor(Executors.newCachedThreadPool());
        handler.createContext("/handler", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            try {
                Thread.sleep(300); // slow enough for the parallel attempts to overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        handler.start();
        outbound.add("127.0.0.1:" + handler.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        handler.stop(0);
    }

    private long delivery(Instant nextAttemptAt, Instant leaseUntil) {
        String url = "http://127.0.0.1:" + handler.getAddress().getPort() + "/handler";
        String code = uniqueCode("claim");
        long installation = InstallRows.installation(jdbc, code, url);
        return new SimpleJdbcInsert(jdbc).withTableName("event_delivery").usingGeneratedKeyColumns("id")
                .usingColumns("installation_id", "solution_code", "event", "handler_url", "status", "attempts",
                        "next_attempt_at", "created_at", "lease_until")
                .executeAndReturnKey(Map.of("installation_id", installation, "solution_code", code, "event",
                        EventDeliveries.UNINSTALL, "handler_url", url, "status", "PENDING", "attempts", 0,
                        "next_attempt_at", Timestamp.from(nextAttemptAt), "created_at", Timestamp.from(Instant.now()),
                        "lease_until", leaseUntil == null ? Timestamp.from(Instant.EPOCH) : Timestamp.from(leaseUntil)))
                .longValue();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT status, attempts, lease_until FROM event_delivery WHERE id = ?", id);
    }

    private int attemptsRecorded(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_delivery_attempt WHERE delivery_id = ?", Integer.class,
                id);
    }

    @Test
    void parallelAttemptsReachTheHandlerOnce() {
        long id = delivery(Instant.now().plusSeconds(60), null);
        List<CompletableFuture<Void>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(CompletableFuture.runAsync(() -> deliveries.attempt(id)));
        }
        attempts.forEach(CompletableFuture::join);

        assertThat(received).hasValue(1);
        assertThat(row(id)).containsEntry("status", "DELIVERED").containsEntry("attempts", 1);
        assertThat(row(id).get("lease_until")).isNull();
        assertThat(attemptsRecorded(id)).isEqualTo(1);
        // an attempt number is recorded once, whichever node tries to record it again
        assertThatThrownBy(() -> jdbc.update("INSERT INTO event_delivery_attempt (delivery_id, number, started_at,"
                + " duration_ms, status) VALUES (?, 1, ?, 5, 200)", id, Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aLeaseOfALiveNodeIsLeftAloneAndOneThatRanOutIsFinishedByTheRetryJob() throws Exception {
        long held = delivery(Instant.now().minusSeconds(5), Instant.now().plusSeconds(60));
        deliveries.attempt(held);
        assertThat(received).hasValue(0);
        assertThat(row(held)).containsEntry("status", "PENDING");

        // the node that claimed it died: its lease ran out and the attempt is due
        long orphan = delivery(Instant.now().minusSeconds(5), Instant.now().minusSeconds(1));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!"DELIVERED".equals(row(orphan).get("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(row(orphan)).containsEntry("status", "DELIVERED").containsEntry("attempts", 1);
        assertThat(received).hasValue(1);
        assertThat(row(held)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
    }
}
