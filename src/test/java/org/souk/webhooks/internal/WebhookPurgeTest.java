package org.souk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Old events go with their deliveries and attempts; an event with a pending delivery, or younger than
 * {@code souk.webhooks.kept-for} (30 days), stays. More events than a batch, so that the batches follow one another.
 */
class WebhookPurgeTest extends IntegrationTest {

    @Autowired
    WebhookPurge purge;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsOlderThanTheRetentionGoWithTheirDeliveriesAndAttemptsPendingOnesStay() {
        PartnerLogin partner = approvedPartner("hookpurge");
        Api.Response hook = api.post("/api/v1/partners/me/webhooks", Map.of("url", "https://hooks.example.com/souk",
                "events", List.of("submission.queued")), partner.token());
        assertThat(hook.status()).as(hook.body().toString()).isEqualTo(201);
        long endpoint = hook.body().path("id").asLong();
        long partnerId = jdbc.queryForObject("SELECT id FROM partner WHERE code = ?", Long.class, partner.code());
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(31));
        Instant young = now.minus(Duration.ofDays(29));

        long oldEvent = event(partnerId, old);
        delivery(oldEvent, endpoint, "DELIVERED", old, 2);
        for (int i = 1; i < WebhookPurge.BATCH + 5; i++) {
            delivery(event(partnerId, old), endpoint, i % 2 == 0 ? "DELIVERED" : "FAILED", old, 2);
        }
        long oldPendingEvent = event(partnerId, old);
        long pending = delivery(oldPendingEvent, endpoint, "PENDING", old, 1); // sent again on request just now
        long youngEvent = event(partnerId, young);
        long kept = delivery(youngEvent, endpoint, "DELIVERED", young, 1);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(WebhookPurge.BATCH + 5);

        assertThat(count("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ?", endpoint)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM webhook_delivery WHERE id IN (?, ?)", pending, kept)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id "
                + "WHERE d.endpoint_id = ?", endpoint)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM webhook_attempt WHERE delivery_id NOT IN (SELECT id FROM "
                + "webhook_delivery)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM webhook_event WHERE partner_id = ?", partnerId)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM webhook_event WHERE id = ?", oldEvent)).isZero();
        // the partner's list still answers, with what is left
        assertThat(api.get("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries", partner.token()).body()
                .path("total").asLong()).isEqualTo(2);
    }

    private long event(long partnerId, Instant at) {
        String id = "evt_purge" + System.nanoTime();
        jdbc.update("INSERT INTO webhook_event (public_id, partner_id, type, occurred_at, body) VALUES (?, ?, "
                + "'submission.queued', ?, '{}')", id, partnerId, Timestamp.from(at));
        return jdbc.queryForObject("SELECT id FROM webhook_event WHERE public_id = ?", Long.class, id);
    }

    private long delivery(long event, long endpoint, String status, Instant at, int attempts) {
        jdbc.update("INSERT INTO webhook_delivery (event_id, endpoint_id, status, attempts, give_up_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", event, endpoint, status, attempts, Timestamp.from(at.plus(Duration
                        .ofDays(1))), Timestamp.from(at));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM webhook_delivery WHERE endpoint_id = ?", Long.class,
                endpoint);
        for (int n = 1; n <= attempts; n++) {
            jdbc.update("INSERT INTO webhook_attempt (delivery_id, number, started_at, duration_ms, status) VALUES "
                    + "(?, ?, ?, 12, ?)", id, n, Timestamp.from(at), n == attempts ? 200 : 500);
        }
        return id;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
