package org.souk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * A partner's CI listens to its webhook: a real receiver on this machine checks every call's signature the way
 * docs/webhooks.md says, while a partner and a moderator go through the moderation loop by the API.
 */
class WebhooksTest extends IntegrationTest {

    private static final List<String> LOOP = List.of("submission.queued", "submission.claimed", "submission.returned",
            "submission.queued", "submission.claimed", "submission.approved", "solution.published");

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    ModerationFixture fixture;
    Receiver receiver;

    @BeforeEach
    void start() throws Exception {
        fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        receiver = new Receiver();
        outbound.add(receiver.hostPort());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private PartnerLogin readyPartner(String prefix) {
        PartnerLogin partner = approvedPartner(prefix);
        fixture.signAgreements(partner);
        return partner;
    }

    /** Registers the receiver for {@code events} and hands it the secret, shown this once. */
    private long register(PartnerLogin partner, List<String> events) {
        Api.Response created = api.post("/api/v1/partners/me/webhooks", Map.of("url", receiver.url(), "events", events,
                "description", "CI"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("secret")).startsWith("whsec_");
        receiver.secret(created.text("secret"));
        return created.body().path("id").asLong();
    }

    private long submit(PartnerLogin partner, String code) {
        Api.Response submitted = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        return submitted.body().path("id").asLong();
    }

    private void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }

    @Test
    void everyEventOfTheLoopArrivesOnceEachInOrderAndSigned() {
        PartnerLogin partner = readyPartner("hookloop");
        // one region: one submission a round (a solution in several regions sends each region's steps)
        String code = fixture.solutionInGlobalOnly(partner, "hook_app");
        String mona = fixture.moderator(uniqueCode("mona") + "@souk.test");
        List<String> types = api.get("/api/v1/partners/me/webhooks/event-types", partner.token()).body()
                .findValues("type").stream().map(JsonNode::asString).toList();
        assertThat(types).containsAll(LOOP).contains("complaint.received", "grant.decided", "grant.ending_soon",
                "solution.hidden", "solution.removed", "solution.reinstated", "submission.refused",
                "submission.cancelled");
        long endpoint = register(partner, types.stream().filter(t -> t.startsWith("submission.")
                || t.equals("solution.published")).toList());

        // the secret is never shown again, and no other partner sees the endpoint
        JsonNode listed = api.get("/api/v1/partners/me/webhooks", partner.token()).body();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("secret").isString()).as("the secret, never again").isFalse();
        assertThat(listed.path("items").get(0).path("secretHint").asString()).startsWith("whsec_");
        assertThat(listed.path("items").get(0).path("status").asString()).isEqualToIgnoringCase("active");
        PartnerLogin stranger = approvedPartner("hookstranger");
        assertThat(api.get("/api/v1/partners/me/webhooks/" + endpoint, stranger.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries", stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/partners/me/webhooks/" + endpoint, stranger.token()).status()).isEqualTo(404);

        // submit, claim, return with a remark, resubmit, claim, approve
        long first = submit(partner, code);
        ok(api.post("/api/v1/moderation/submissions/" + first + "/claim", Map.of(), mona));
        ok(api.post("/api/v1/moderation/submissions/" + first + "/return", Map.of("comment",
                "[C-17] Say where the gateway key is entered.", "fieldComments", List.of(Map.of(
                        "field", "card.texts.en.installation", "comment", "Name the settings page."))), mona));
        long second = submit(partner, code);
        ok(api.post("/api/v1/moderation/submissions/" + second + "/claim", Map.of(), mona));
        ok(api.post("/api/v1/moderation/submissions/" + second + "/approval", Map.of(), mona));

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.calls().size() >= LOOP.size());
        // nothing more arrives: each event once
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> receiver.calls().size() == LOOP.size());
        List<Receiver.Call> calls = receiver.calls();
        assertThat(calls).allMatch(Receiver.Call::verified);
        assertThat(calls).extracting(Receiver.Call::type).containsExactlyElementsOf(LOOP);
        assertThat(calls).extracting(Receiver.Call::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("evt_"));
        assertThat(calls).allMatch(c -> c.id().equals(c.eventIdHeader()));
        assertThat(calls.stream().map(c -> Instant.parse(c.body().path("time").asString())).toList()).isSorted();

        JsonNode returned = calls.get(2).body().path("data");
        assertThat(returned.path("submission").path("id").asLong()).isEqualTo(first);
        assertThat(returned.path("submission").path("status").asString()).isEqualTo("returned");
        assertThat(returned.path("submission").path("comment").asString()).contains("C-17");
        assertThat(returned.path("submission").path("remarks").get(0).path("field").asString())
                .isEqualTo("card.texts.en.installation");
        assertThat(returned.path("submission").path("remarks").get(0).path("comment").asString())
                .isEqualTo("Name the settings page.");
        assertThat(returned.path("submission").toString()).doesNotContain("souk.test"); // never the moderator
        String link = returned.path("links").path("solution").asString();
        assertThat(link).endsWith("/api/v1/solutions/" + code).startsWith("http");
        assertThat(api.get(link.substring(link.indexOf("/api/")), partner.token()).status()).isEqualTo(200);
        assertThat(calls.get(5).body().path("data").path("submission").path("id").asLong()).isEqualTo(second);
        assertThat(calls.get(6).body().path("data").path("solution").path("listed").asBoolean()).isTrue();

        // the partner sees every delivery with its attempt and answer
        JsonNode deliveries = api.get("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries", partner.token())
                .body();
        assertThat(deliveries.path("total").asLong()).isEqualTo(LOOP.size());
        for (JsonNode delivery : deliveries.path("items")) {
            assertThat(delivery.path("status").asString()).isEqualToIgnoringCase("delivered");
            assertThat(delivery.path("attemptList").size()).isEqualTo(1);
            assertThat(delivery.path("attemptList").get(0).path("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void aFailingReceiverGetsRetriesAndADeliveryCanBeSentAgain() {
        PartnerLogin partner = readyPartner("hookretry");
        String code = fixture.solutionInGlobalOnly(partner, "retry_app");
        long endpoint = register(partner, List.of("submission.queued"));
        receiver.answer(500, 503);

        submit(partner, code);
        // test profile: the first retry after 200 ms, then 400 ms
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.calls().size() >= 3);
        List<Receiver.Call> calls = receiver.calls();
        assertThat(calls).extracting(Receiver.Call::answered).containsExactly(500, 503, 200);
        assertThat(calls).extracting(Receiver.Call::id).containsOnly(calls.get(0).id());
        assertThat(calls).allMatch(Receiver.Call::verified);
        JsonNode delivery = await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/v1/partners/me/webhooks/"
                + endpoint + "/deliveries", partner.token()).body().path("items").get(0),
                d -> d.path("status").asString().equalsIgnoreCase("delivered"));
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("attemptList").findValues("status").stream().map(JsonNode::asInt).toList())
                .containsExactly(500, 503, 200);

        // sent again on request: the same event id and body, a fresh signature
        Api.Response again = api.post("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries/"
                + delivery.path("id").asLong() + "/redelivery", Map.of(), partner.token());
        assertThat(again.status()).as(again.body().toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.calls().size() >= 4);
        Receiver.Call redelivered = receiver.calls().get(3);
        assertThat(redelivered.verified()).isTrue();
        assertThat(redelivered.id()).isEqualTo(calls.get(0).id());
        assertThat(redelivered.body()).isEqualTo(calls.get(2).body());
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/v1/partners/me/webhooks/" + endpoint
                + "/deliveries", partner.token()).body().path("items").get(0).path("attemptList").size() == 4);
        JsonNode fourth = api.get("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries", partner.token()).body()
                .path("items").get(0).path("attemptList").get(3);
        assertThat(fourth.path("redelivery").asBoolean()).isTrue();
        assertThat(fourth.path("status").asInt()).isEqualTo(200);
    }

    @Test
    void anEndpointFailingForDaysIsDisabledAndThePartnerEmailed() {
        PartnerLogin partner = readyPartner("hookdown");
        String code = fixture.solutionInGlobalOnly(partner, "down_app");
        long endpoint = register(partner, List.of("submission.queued", "submission.cancelled"));
        receiver.otherwise(503);

        submit(partner, code);
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.calls().isEmpty());
        JsonNode failing = api.get("/api/v1/partners/me/webhooks/" + endpoint, partner.token()).body();
        assertThat(failing.path("status").asString()).isEqualToIgnoringCase("active");
        assertThat(failing.path("failingSince").asString()).isNotBlank();
        assertThat(failing.path("lastError").asString()).contains("503");

        // "days" without waiting: the first failure moved 4 days back, as if the server had been down since then;
        // the next retry (test profile: within a second) finds the endpoint failing for longer than 3 days
        jdbc.update("UPDATE webhook_endpoint SET failing_since = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(4))), endpoint);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/partners/me/webhooks/" + endpoint,
                partner.token()).text("status").equalsIgnoreCase("disabled"));
        String mail = TestMail.body(TestMail.await(partner.email(), "webhook endpoint was disabled"));
        assertThat(mail).contains(receiver.url()).contains("503").contains("/partner/webhooks/" + endpoint);

        // nothing more is sent, a redelivery must wait for the partner to enable it again
        int calls = receiver.calls().size();
        ok(api.post("/api/v1/solutions/" + code + "/submissions/current/cancellation", Map.of(), partner.token()));
        JsonNode deliveries = api.get("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries", partner.token())
                .body();
        assertThat(deliveries.path("total").asLong()).isEqualTo(1);
        assertThat(deliveries.path("items").get(0).path("status").asString()).isEqualToIgnoringCase("failed");
        long delivery = deliveries.path("items").get(0).path("id").asLong();
        assertThat(api.post("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries/" + delivery + "/redelivery",
                Map.of(), partner.token()).status()).isEqualTo(409);

        receiver.otherwise(200);
        Api.Response enabled = api.patch("/api/v1/partners/me/webhooks/" + endpoint, Map.of("enabled", true),
                partner.token());
        assertThat(enabled.text("status")).isEqualToIgnoringCase("active");
        assertThat(enabled.body().path("failingSince").isString()).isFalse();
        ok(api.post("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries/" + delivery + "/redelivery", Map.of(),
                partner.token()));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.calls().size() == calls + 1);
        assertThat(receiver.calls().get(calls).answered()).isEqualTo(200);
    }

    @Test
    void aDeliveryWhoseNodeDiedIsSentByAnother() {
        PartnerLogin partner = approvedPartner("hookcrash");
        long endpoint = register(partner, List.of("submission.queued"));
        // what a node leaves when it dies after claiming a first attempt: the rows committed with the event, a lease
        // that ran out, no attempt recorded (the registry's WebhooksDue was completed: only the poller can find it)
        long partnerId = jdbc.queryForObject("SELECT id FROM partner WHERE code = ?", Long.class, partner.code());
        String id = "evt_crash" + System.nanoTime();
        String body = "{\"id\":\"" + id + "\",\"type\":\"submission.queued\",\"time\":\"" + Instant.now()
                + "\",\"data\":{\"links\":{}}}";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO webhook_event (public_id, partner_id, type, occurred_at, body) VALUES (?, ?, ?, ?, ?)",
                id, partnerId, "submission.queued", now, body);
        long event = jdbc.queryForObject("SELECT id FROM webhook_event WHERE public_id = ?", Long.class, id);
        jdbc.update("INSERT INTO webhook_delivery (event_id, endpoint_id, status, attempts, next_attempt_at, give_up_at,"
                + " lease_until, created_at) VALUES (?, ?, 'PENDING', 0, ?, ?, ?, ?)", event, endpoint, now,
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))), Timestamp.from(Instant.now().minusSeconds(1)),
                now);

        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.calls().isEmpty());
        Receiver.Call call = receiver.calls().get(0);
        assertThat(call.verified()).isTrue();
        assertThat(call.id()).isEqualTo(id);
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/api/v1/partners/me/webhooks/" + endpoint
                + "/deliveries", partner.token()).body().path("items").get(0).path("status").asString()
                .equalsIgnoreCase("delivered"));
        assertThat(receiver.calls()).hasSize(1);
    }

    @Test
    void badInputNamesTheFieldAndKeepsNothing() {
        PartnerLogin partner = approvedPartner("hookbad");
        Api.Response refused = api.post("/api/v1/partners/me/webhooks", Map.of("url", "ftp://example.com/x",
                "events", List.of("submission.queued", "no.such_event")), partner.token());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.violations()).anyMatch(v -> v.startsWith("url")).anyMatch(v -> v.startsWith("events"));
        assertThat(refused.body().toString()).contains("no.such_event");
        Api.Response empty = api.post("/api/v1/partners/me/webhooks", Map.of("url", "https://ci.example.com/hook",
                "events", List.of()), partner.token());
        assertThat(empty.violations()).anyMatch(v -> v.startsWith("events"));
        assertThat(api.get("/api/v1/partners/me/webhooks", partner.token()).body().path("total").asLong()).isZero();
    }

    @Test
    void thePartnerAreaShowsTheSecretOnceAndEveryDelivery() throws Exception {
        PartnerLogin partner = approvedPartner("hookpage");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        String empty = mvc.perform(get("/partner/webhooks").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(empty).contains("id=\"no-endpoints\"").contains("Submission queued");

        // refused: the field is named and what was typed stays
        String refused = mvc.perform(post("/partner/webhooks").session(session).with(csrf())
                .param("url", "not a url").param("description", "Build bot")).andExpect(status().is(422)).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("URL must be").contains("Events: choose at least one").contains("Build bot");

        MvcResult created = mvc.perform(post("/partner/webhooks").session(session).with(csrf())
                .param("url", receiver.url()).param("events", "submission.queued", "submission.approved"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String secret = (String) created.getFlashMap().get("secret");
        assertThat(secret).startsWith("whsec_");
        String page = created.getResponse().getRedirectedUrl();
        String shown = mvc.perform(get(page).session(session).flashAttr("secret", secret)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(secret).contains("id=\"no-deliveries\"");
        String later = mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(later).doesNotContain(secret).contains("id=\"secret-hidden\"").contains(secret.substring(0, 10));
        assertThat(later).contains("data-confirm"); // removal asks first

        String russian = mvc.perform(get(page).session(session).header("Accept-Language", "ru")).andReturn()
                .getResponse().getContentAsString();
        assertThat(russian).contains("Секрет подписи");
    }
}
