package org.souk.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * Every term rule of G-01 and G-02 through the API, as a partner's and a manager's scripts drive them: the term
 * known before the request, the review, extensions while the condition holds, the ends, and the daily job's
 * reminders and expiry (called with a given "now").
 */
class ProgramTermsTest extends IntegrationTest {

    @Autowired
    Solutions solutions;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Grants grants;

    ProgramFixture fixture;
    String manager;

    @BeforeEach
    void fixture() {
        fixture = new ProgramFixture(api, solutions, revisions, users, accounts);
        manager = fixture.staff(uniqueCode("mgr") + "@souk.test", Role.MANAGER);
    }

    private static Map<String, Object> request(String purpose, String solution, String account) {
        Map<String, Object> body = new HashMap<>();
        body.put("purpose", purpose);
        body.put("solution", solution);
        body.put("account", account);
        body.put("newAccount", account == null);
        body.put("note", "Testing our integrations.");
        return body;
    }

    private JsonNode term(PartnerLogin partner, String query) {
        Api.Response term = api.get("/api/v1/partners/me/programs/term?" + query, partner.token());
        assertThat(term.status()).as(term.body().toString()).isEqualTo(200);
        return term.body();
    }

    /** Requested by the partner and granted by the manager. */
    private JsonNode granted(PartnerLogin partner, Map<String, Object> request) {
        Api.Response sent = api.post("/api/v1/partners/me/programs", request, partner.token());
        assertThat(sent.status()).as(sent.body().toString()).isEqualTo(201);
        assertThat(sent.text("status")).isEqualTo("requested");
        Api.Response granted = api.post("/api/v1/admin/programs/requests/" + sent.body().path("id").asLong() + "/grant",
                Map.of(), manager);
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(200);
        assertThat(granted.text("status")).isEqualTo("active");
        return granted.body();
    }

    private static void endsInMonths(JsonNode grant, int months) {
        Instant expected = Instant.now().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
        assertThat(Duration.between(Instant.parse(grant.path("endsAt").asString()), expected).abs())
                .isLessThan(Duration.ofMinutes(5));
    }

    private JsonNode mine(PartnerLogin partner, long id) {
        for (JsonNode grant : api.get("/api/v1/partners/me/programs?size=200", partner.token()).body().path("items")) {
            if (grant.path("id").asLong() == id) {
                return grant;
            }
        }
        throw new AssertionError("no grant " + id);
    }

    @Test
    void aFirstApplicationGetsThreeMonthsOnceAndNoExtension() {
        PartnerLogin partner = approvedPartner("sbfirst");

        JsonNode term = term(partner, "purpose=FIRST_APPLICATION&newAccount=true");
        assertThat(term.path("months").asInt()).isEqualTo(3);
        assertThat(term.path("extendable").asBoolean()).isFalse();
        assertThat(term.path("rule").asString()).isEqualTo("G-01");
        assertThat(term.path("explanation").asString()).contains("3 months");
        assertThat(term.path("violations").isEmpty()).isTrue();
        // nothing published yet: no sandbox for published applications, no NFR license
        assertThat(term(partner, "purpose=PUBLISHED_APPLICATIONS&newAccount=true").path("violations").toString())
                .contains("G-01");
        assertThat(term(partner, "purpose=NFR_LICENSE&newAccount=true").path("violations").toString())
                .contains("G-02");
        Api.Response nfr = api.post("/api/v1/partners/me/programs", request("NFR_LICENSE", null, null),
                partner.token());
        assertThat(nfr.status()).isEqualTo(422);
        assertThat(nfr.violations()).contains("purpose G-02");

        Api.Response sent = api.post("/api/v1/partners/me/programs", request("FIRST_APPLICATION", null, null),
                partner.token());
        assertThat(sent.status()).as(sent.body().toString()).isEqualTo(201);
        long id = sent.body().path("id").asLong();
        assertThat(sent.text("account")).endsWith(".souk-test.example");
        // the managers' queue: oldest first, with the review target
        JsonNode queue = api.get("/api/v1/admin/programs/requests?size=200", manager).body().path("items");
        JsonNode mineInQueue = null;
        for (JsonNode entry : queue) {
            if (entry.path("id").asLong() == id) {
                mineInQueue = entry;
            }
        }
        assertThat(mineInQueue).isNotNull();
        assertThat(Instant.parse(mineInQueue.path("dueAt").asString())).isAfter(Instant.now());
        assertThat(api.get("/api/v1/admin/programs/requests", partner.token()).status()).isEqualTo(403);

        JsonNode grant = api.post("/api/v1/admin/programs/requests/" + id + "/grant", Map.of(), manager).body();
        assertThat(grant.path("status").asString()).isEqualTo("active");
        endsInMonths(grant, 3);
        assertThat(TestMail.body(TestMail.await(partner.email(), "is granted"))).contains(sent.text("account"));

        Api.Response extension = api.post("/api/v1/partners/me/programs/" + id + "/extension", Map.of(),
                partner.token());
        assertThat(extension.status()).isEqualTo(409);
        assertThat(extension.text("rule")).isEqualTo("G-01");
        // given once
        assertThat(term(partner, "purpose=FIRST_APPLICATION&newAccount=true").path("violations").toString())
                .contains("G-01");
    }

    @Test
    void aPartnerWithPublishedApplicationsGetsSixMonthsExtendedWhilePublishedAndEndedWhenUnpublished() {
        PartnerLogin partner = approvedPartner("sbpub");
        String code = fixture.published(partner, "pub_app", TechnologyType.REST_API);

        assertThat(term(partner, "purpose=FIRST_APPLICATION&newAccount=true").path("violations").toString())
                .contains("G-01");
        JsonNode term = term(partner, "purpose=PUBLISHED_APPLICATIONS&newAccount=true");
        assertThat(term.path("months").asInt()).isEqualTo(6);
        assertThat(term.path("extendable").asBoolean()).isTrue();

        JsonNode grant = granted(partner, request("PUBLISHED_APPLICATIONS", null, null));
        long id = grant.path("id").asLong();
        endsInMonths(grant, 6);

        Api.Response extended = api.post("/api/v1/partners/me/programs/" + id + "/extension", Map.of(),
                partner.token());
        assertThat(extended.status()).as(extended.body().toString()).isEqualTo(200);
        endsInMonths(extended.body(), 12);
        assertThat(extended.body().path("extensions").asInt()).isEqualTo(1);
        TestMail.await(partner.email(), "is extended");
        // one term ahead at most
        assertThat(api.post("/api/v1/partners/me/programs/" + id + "/extension", Map.of(), partner.token()).status())
                .isEqualTo(409);

        // the application leaves the catalog: the sandbox ends at once, and cannot be extended
        fixture.unpublish(partner, code);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ended".equals(mine(partner, id).path("status").asString()));
        assertThat(mine(partner, id).path("endReason").asString()).isEqualTo("unpublished");
        assertThat(TestMail.body(TestMail.await(partner.email(), "has ended"))).contains("left the catalog");
        Api.Response refused = api.post("/api/v1/partners/me/programs/" + id + "/extension", Map.of(),
                partner.token());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("rule")).isEqualTo("G-01");
    }

    @Test
    void aCrmPresetSandboxRestsOnThatPresetStayingPublished() {
        PartnerLogin partner = approvedPartner("sbpreset");
        String app = fixture.published(partner, "plain_app", TechnologyType.REST_API);
        String preset = fixture.published(partner, "crm_preset", TechnologyType.SOLUTION_PRESET);

        assertThat(term(partner, "purpose=CRM_PRESET&newAccount=true").path("violations").toString())
                .contains("solution").contains("G-01");
        assertThat(term(partner, "purpose=CRM_PRESET&newAccount=true&solution=" + app).path("violations").toString())
                .contains(app);
        JsonNode term = term(partner, "purpose=CRM_PRESET&newAccount=true&solution=" + preset);
        assertThat(term.path("months").asInt()).isEqualTo(6);
        assertThat(term.path("explanation").asString()).contains(preset);

        JsonNode grant = granted(partner, request("CRM_PRESET", preset, null));
        long id = grant.path("id").asLong();
        endsInMonths(grant, 6);
        assertThat(api.post("/api/v1/partners/me/programs/" + id + "/extension", Map.of(), partner.token()).status())
                .isEqualTo(200);

        // the other application stays published, but the preset leaves: its sandbox ends
        fixture.unpublish(partner, preset);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ended".equals(mine(partner, id).path("status").asString()));
        assertThat(revisions.listing(app)).isPresent();
    }

    @Test
    void anNfrLicenseNeedsAPublishedSolutionIsRenewableAfterExpiryAndItsAccountGetsNoSandbox() {
        PartnerLogin partner = approvedPartner("nfr");
        PartnerLogin other = approvedPartner("nfrother");
        String code = fixture.published(partner, "nfr_app", TechnologyType.REST_API);
        String foreign = fixture.published(other, "foreign_app", TechnologyType.REST_API);

        // an industry solution must be one of the partner's published ones
        Api.Response wrong = api.post("/api/v1/partners/me/programs", request("NFR_LICENSE", foreign, null),
                partner.token());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.violations()).contains("solution G-02");

        JsonNode license = granted(partner, request("NFR_LICENSE", code, null));
        long id = license.path("id").asLong();
        String account = license.path("account").asString();
        endsInMonths(license, 6);
        assertThat(license.path("kind").asString()).isEqualTo("nfr");

        // never a sandbox for an NFR account
        Api.Response sandbox = api.post("/api/v1/partners/me/programs",
                request("PUBLISHED_APPLICATIONS", null, account), partner.token());
        assertThat(sandbox.status()).isEqualTo(422);
        assertThat(sandbox.violations()).contains("account G-01");
        assertThat(sandbox.body().toString()).contains("NFR");

        // expiry ends it; a renewal starts a new term while the condition holds
        grants.sweep(Instant.parse(license.path("endsAt").asString()).plusSeconds(60));
        assertThat(mine(partner, id).path("status").asString()).isEqualTo("ended");
        assertThat(mine(partner, id).path("endReason").asString()).isEqualTo("expired");
        Api.Response renewed = api.post("/api/v1/partners/me/programs/" + id + "/extension", Map.of(),
                partner.token());
        assertThat(renewed.status()).as(renewed.body().toString()).isEqualTo(200);
        assertThat(renewed.text("status")).isEqualTo("active");
        endsInMonths(renewed.body(), 6);
    }

    @Test
    void remindersGoOut14And3DaysBeforeTheEndAndAtItAndExpiryEndsAccess() {
        PartnerLogin partner = approvedPartner("sbremind");
        JsonNode grant = granted(partner, request("FIRST_APPLICATION", null, null));
        long id = grant.path("id").asLong();
        Instant ends = Instant.parse(grant.path("endsAt").asString());

        grants.sweep(ends.minus(Duration.ofDays(20)));
        grants.sweep(ends.minus(Duration.ofDays(14)).plusSeconds(60));
        assertThat(TestMail.subject(TestMail.await(partner.email(), "ends in"))).contains("ends in 14 days");
        grants.sweep(ends.minus(Duration.ofDays(10)));
        grants.sweep(ends.minus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(TestMail.subject(TestMail.await(partner.email(), "ends in 3 days"))).contains(grant.path("account")
                .asString());
        assertThat(TestMail.awaitFor(partner.email(), 1).stream().filter(m -> TestMail.subject(m).contains("ends in")))
                .hasSize(2);
        assertThat(mine(partner, id).path("status").asString()).isEqualTo("active");

        grants.sweep(ends.plusSeconds(1));
        JsonNode ended = mine(partner, id);
        assertThat(ended.path("status").asString()).isEqualTo("ended");
        assertThat(ended.path("endReason").asString()).isEqualTo("expired");
        assertThat(TestMail.body(TestMail.await(partner.email(), "has ended"))).contains("its term ended");
    }
}
