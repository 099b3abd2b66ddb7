package org.souk.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import tools.jackson.databind.JsonNode;

/**
 * F-09: each installation's REST calls are limited (QUERY_LIMIT_EXCEEDED beyond the burst) and counted for the
 * partner and the moderators. F-10: Souk keeps every call (method, time, status, duration) in a log they read.
 */
class RestCallLogTest extends IntegrationTest {

    @Autowired
    Revisions revisions;
    @Autowired
    UserAccounts users;

    private PartnerApp app;

    @BeforeEach
    void app() throws Exception {
        app = new PartnerApp(port, 200);
        outbound.add(app.hostPort());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** Asks until the answer satisfies {@code done} (the counts and the log are written every few seconds). */
    private JsonNode await(String path, String token, Predicate<JsonNode> done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(25));
        JsonNode body = api.get(path, token).body();
        while (!done.test(body) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            body = api.get(path, token).body();
        }
        return body;
    }

    @Test
    void theCallsOfAnInstallationAreLimitedCountedAndLogged() throws Exception {
        PartnerLogin partner = approvedPartner("restlog");
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "logged", "region", "global",
                "type", "REST_API"), partner.token());
        String code = created.text("code");
        assertThat(api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("scopes", List.of("crm"),
                "appUrl", app.url("/app"), "handlerUrl", app.url("/handler")), partner.token()).status())
                .isEqualTo(200);
        revisions.publish(revisions.freeze(code).id());
        String email = uniqueCode("restlog") + "@customers.example.com";
        users.create(new NewUser(email, "Ann", "Admin", PASSWORD, null));
        String domain = uniqueCode("restlog").replace('_', '-') + ".example.com";
        assertThat(api.post("/api/v1/admin/accounts", Map.of("domain", domain, "adminEmail", email), adminToken())
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/accounts/" + domain + "/installations", Map.of("solution", code),
                api.token(email, PASSWORD)).status()).isEqualTo(201);
        String access = app.nextEvent().get("auth[access_token]");

        Instant before = Instant.now().minusSeconds(1);
        assertThat(app.restByBearer("app.info", access).status()).isEqualTo(200);
        assertThat(app.restAsSdk("scope", access).status()).isEqualTo(200); // /rest//scope, forwarded
        assertThat(app.restByBearer("no.such.method", access).status()).isEqualTo(404);
        // F-09: past the burst, QUERY_LIMIT_EXCEEDED with the time to wait
        List<PartnerApp.Answer> burst = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            burst.add(app.restByBearer("app.info", access));
        }
        List<PartnerApp.Answer> refused = burst.stream().filter(a -> a.status() == 503).toList();
        assertThat(refused).as("answers past the burst of 50").isNotEmpty();
        assertThat(refused.get(0).body().path("error").asString()).isEqualTo("QUERY_LIMIT_EXCEEDED");
        long burstAllowed = burst.stream().filter(a -> a.status() == 200).count();

        // F-09: the counts per installation, for the partner
        JsonNode usage = await("/api/v1/solutions/" + code + "/rest-usage", partner.token(),
                body -> body.size() == 1 && body.get(0).path("calls").asLong() == 73);
        assertThat(usage.get(0).path("domain").asString()).isEqualTo(domain);
        assertThat(usage.get(0).path("calls").asLong()).isEqualTo(73);
        assertThat(usage.get(0).path("refused").asLong()).isEqualTo(refused.size());

        // F-10: every call in the log, newest first, with method, time, status and duration
        String log = "/api/v1/solutions/" + code + "/rest-calls?size=200";
        JsonNode calls = await(log, partner.token(), body -> body.path("total").asLong() == 73);
        assertThat(calls.path("total").asLong()).isEqualTo(73);
        List<String> lines = new ArrayList<>();
        calls.path("items").forEach(c -> {
            assertThat(c.path("domain").asString()).isEqualTo(domain);
            assertThat(Instant.parse(c.path("at").asString())).isAfter(before);
            assertThat(c.path("durationMs").asInt()).isGreaterThanOrEqualTo(0);
            lines.add(c.path("method").asString() + " " + c.path("status").asInt());
        });
        assertThat(lines).contains("scope 200", "no.such.method 404", "app.info 503");
        assertThat(lines).filteredOn(l -> l.equals("app.info 200")).hasSize((int) burstAllowed + 1);
        assertThat(lines).filteredOn(l -> l.equals("app.info 503")).hasSize(refused.size());
        assertThat(lines.get(lines.size() - 1)).isEqualTo("app.info 200"); // the oldest last
        assertThat(api.get("/api/v1/solutions/" + code + "/rest-calls?domain=other.example.com", partner.token())
                .body().path("total").asLong()).isZero();

        // the moderators read it too, another partner never
        String moderatorEmail = uniqueCode("restmod") + "@souk.test";
        users.create(new NewUser(moderatorEmail, "Mona", "Moderator", PASSWORD, Role.MODERATOR));
        assertThat(api.get(log, api.token(moderatorEmail, PASSWORD)).body().path("total").asLong()).isEqualTo(73);
        PartnerLogin stranger = approvedPartner("reststranger");
        assertThat(api.get(log, stranger.token()).status()).isEqualTo(404);

        // and the pages
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        String page = mvc.perform(get("/partner/solutions/" + code + "/rest-calls").param("lang", "en")
                .session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<code>app.info</code>").contains(">503<").contains("at least 3 days");
        // 50 calls a page, newest first: the early ones are on the second
        String second = mvc.perform(get("/partner/solutions/" + code + "/rest-calls").param("lang", "en")
                .param("page", "1").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("no.such.method").contains(">404<");
        String moderatorPage = mvc.perform(get("/moderation/solutions/" + code + "/rest-calls").param("lang", "ru")
                .session(signIn(moderatorEmail, PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(moderatorPage).contains("REST-вызовы").contains("app.info");
    }
}
