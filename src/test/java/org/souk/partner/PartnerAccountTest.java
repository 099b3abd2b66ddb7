package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;
import org.springframework.mock.web.MockHttpSession;

import tools.jackson.databind.JsonNode;

/** The partner's own account: profile (P-03), users (P-06), legal entity (P-07), sales settings (P-08). */
class PartnerAccountTest extends IntegrationTest {

    static final Map<String, Object> ENTITY = Map.of("name", "Test Company LLC", "country", "DE",
            "registrationNumber", "HRB 12345", "taxId", "DE123456789", "address", "1 Example Street, Berlin");

    @Test
    void aPendingPartnerCannotSignAgreementsButCanPrepareThem() {
        PartnerLogin partner = registerPartner("pending");
        assertThat(api.put("/api/v1/partners/me/legal-entity", ENTITY, partner.token()).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/partners/me/regions/global/sales-terms", Map.of("terms", "FREE"),
                partner.token()).status()).isEqualTo(200);
        Api.Response agreements = api.get("/api/v1/partners/me/regions/global/agreements", partner.token());
        assertThat(agreements.status()).isEqualTo(200);
        JsonNode agreement = agreements.body().get(0);
        assertThat(agreement.path("text").asString()).contains("Test Company LLC").contains("HRB 12345")
                .contains(partner.code()).contains("Global").doesNotContain("{legalEntity}");

        Api.Response refused = api.post("/api/v1/partners/me/regions/global/agreements/" + agreement.path("id").asLong()
                + "/acceptance", Map.of(), partner.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("rule")).isEqualTo("P-05");
    }

    @Test
    void anApprovedPartnerAcceptsAndANewPolicyVersionAsksAgain() {
        PartnerLogin partner = approvedPartner("accept");
        Api.Response noTerms = api.get("/api/v1/partners/me/regions/ru/agreements", partner.token());
        assertThat(noTerms.status()).isEqualTo(409);
        assertThat(noTerms.text("rule")).isEqualTo("P-08");

        api.put("/api/v1/partners/me/regions/ru/sales-terms", Map.of("terms", "FREE_WITH_IN_APP_PURCHASES"),
                partner.token());
        Api.Response noEntity = api.get("/api/v1/partners/me/regions/ru/agreements", partner.token());
        assertThat(noEntity.status()).isEqualTo(409);
        assertThat(noEntity.text("rule")).isEqualTo("P-07");

        api.put("/api/v1/partners/me/legal-entity", ENTITY, partner.token());
        long policy = api.get("/api/v1/partners/me/regions/ru/agreements", partner.token()).body().get(0).path("id")
                .asLong();
        Api.Response accepted = api.post("/api/v1/partners/me/regions/ru/agreements/" + policy + "/acceptance",
                Map.of(), partner.token());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().path("accepted").asBoolean()).isTrue();
        assertThat(accepted.body().path("lastAcceptance").path("acceptedBy").asString()).isEqualTo(partner.email());
        assertThat(regionAccepted(partner, "ru")).isTrue();
        assertThat(regionAccepted(partner, "global")).isFalse();

        // changing the terms asks for acceptance again
        api.put("/api/v1/partners/me/regions/ru/sales-terms", Map.of("terms", "FREE"), partner.token());
        assertThat(regionAccepted(partner, "ru")).isFalse();
        api.post("/api/v1/partners/me/regions/ru/agreements/" + policy + "/acceptance", Map.of(), partner.token());
        assertThat(regionAccepted(partner, "ru")).isTrue();

        // so does a new version of the Marketplace Policy
        String admin = adminToken();
        Api.Response published = api.post("/api/v1/admin/policy", Map.of("title", "Marketplace Policy",
                "body", "Version {version} for {legalEntity} ({registrationNumber}), {partnerCode}, in {region}."), admin);
        assertThat(published.status()).isEqualTo(201);
        assertThat(regionAccepted(partner, "ru")).isFalse();
        Api.Response outdated = api.post("/api/v1/partners/me/regions/ru/agreements/" + policy + "/acceptance",
                Map.of(), partner.token());
        assertThat(outdated.status()).isEqualTo(409);
        JsonNode current = api.get("/api/v1/partners/me/regions/ru/agreements", partner.token()).body().get(0);
        assertThat(current.path("text").asString()).isEqualTo("Version " + published.body().path("version").asInt()
                + " for Test Company LLC (HRB 12345), " + partner.code() + ", in Russia.");
    }

    private boolean regionAccepted(PartnerLogin partner, String region) {
        for (JsonNode r : api.get("/api/v1/partners/me/regions", partner.token()).body()) {
            if (r.path("region").path("code").asString().equals(region)) {
                return r.path("agreementAccepted").asBoolean();
            }
        }
        throw new AssertionError("no region " + region);
    }

    @Test
    void aReplacedLegalEntityStaysInTheHistory() {
        PartnerLogin partner = registerPartner("legal");
        Api.Response invalid = api.put("/api/v1/partners/me/legal-entity", Map.of("name", "X", "country", "Narnia"),
                partner.token());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.violations()).containsExactlyInAnyOrder("country P-07",
                "registrationNumber P-07", "taxId P-07", "address P-07");

        api.put("/api/v1/partners/me/legal-entity", ENTITY, partner.token());
        Map<String, Object> renamed = new HashMap<>(ENTITY);
        renamed.put("name", "Test Company GmbH");
        api.put("/api/v1/partners/me/legal-entity", renamed, partner.token());

        Api.Response entities = api.get("/api/v1/partners/me/legal-entity", partner.token());
        assertThat(entities.body().path("active").path("entity").path("name").asString()).isEqualTo("Test Company GmbH");
        assertThat(entities.body().path("history")).hasSize(2);
        assertThat(entities.body().path("history").get(1).path("active").asBoolean()).isFalse();
        assertThat(entities.body().path("history").get(1).path("replacedAt").isNull()).isFalse();
    }

    @Test
    void theCodeChangesWhileNoSolutionExists() {
        PartnerLogin partner = registerPartner("rename");
        PartnerLogin other = registerPartner("rename");
        Api.Response taken = api.patch("/api/v1/partners/me", Map.of("partnerCode", other.code()), partner.token());
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.violations()).containsExactly("partnerCode P-03");

        String renamed = uniqueCode("renamed");
        Api.Response changed = api.patch("/api/v1/partners/me",
                Map.of("partnerCode", renamed, "companyName", "Renamed Co"), partner.token());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("code")).isEqualTo(renamed);
        assertThat(changed.text("companyName")).isEqualTo("Renamed Co");
        assertThat(changed.text("phone")).isEqualTo("+1 555 0123");
        Api.Response badSite = api.patch("/api/v1/partners/me", Map.of("companyWebsite", "ftp://x"), partner.token());
        assertThat(badSite.violations()).containsExactly("companyWebsite P-01");
    }

    @Test
    void ownersInviteAndRemoveUsersAndOneOwnerAlwaysRemains() throws Exception {
        PartnerLogin partner = registerPartner("team");
        String developerEmail = uniqueCode("dev") + "@partners.example.com";
        Api.Response invited = api.post("/api/v1/partners/me/users", Map.of("email", developerEmail, "firstName", "Dev",
                "lastName", "Eloper", "role", "DEVELOPER"), partner.token());
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body().path("invitationPending").asBoolean()).isTrue();

        String link = TestMail.link(TestMail.await(developerEmail, "You are invited"), "/password/set");
        assertThat(TestMail.body(TestMail.await(developerEmail, "You are invited"))).contains(partner.code());
        mvc.perform(post("/password/set").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
                .param("newPassword", "developer-password-1").param("confirmPassword", "developer-password-1"))
                .andExpect(redirectedUrl("/home"));
        String developer = api.token(developerEmail, "developer-password-1");
        Api.Response me = api.get("/api/v1/me", developer);
        assertThat(me.body().path("partner").path("code").asString()).isEqualTo(partner.code());
        assertThat(me.body().path("partner").path("role").asString()).isEqualTo("developer");

        // developers do not manage the account
        Api.Response notOwner = api.post("/api/v1/partners/me/users", Map.of("email", "z" + developerEmail,
                "firstName", "Z", "lastName", "Z", "role", "OWNER"), developer);
        assertThat(notOwner.status()).isEqualTo(403);
        assertThat(notOwner.text("rule")).isEqualTo("P-06");

        long ownerId = api.get("/api/v1/me", partner.token()).body().path("id").asLong();
        Api.Response lastOwner = api.delete("/api/v1/partners/me/users/" + ownerId, partner.token());
        assertThat(lastOwner.status()).isEqualTo(409);

        long developerId = me.body().path("id").asLong();
        assertThat(api.delete("/api/v1/partners/me/users/" + developerId, partner.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", developer).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/tokens", Map.of("email", developerEmail, "password", "developer-password-1",
                "name", "x"), null).status()).isEqualTo(401);
    }

    @Test
    void aFailedRegistrationFormKeepsWhatWasTyped() throws Exception {
        String code = uniqueCode("form");
        mvc.perform(post("/register").with(csrf()).param("firstName", "Grace").param("lastName", "Hopper")
                .param("email", code + "@partners.example.com").param("phone", "+1 555 0100")
                .param("partnerCode", code).param("companyName", "Kept Company").param("companyWebsite", "nope")
                .param("password", "partner-password-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Kept Company\"")))
                .andExpect(content().string(Matchers.containsString("value=\"" + code + "\"")))
                // a plain sentence under the field, its rule a small tag: no "P-01:" in front of the words
                .andExpect(content().string(Matchers.containsString(">Company website must be an http:// or https://")))
                .andExpect(content().string(Matchers.containsString(">Consent to the processing")))
                .andExpect(content().string(Matchers.containsString("href=\"/rules/P-01\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("P-01: Company website"))));

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/register").with(csrf()).session(session).param("firstName", "Grace")
                .param("lastName", "Hopper").param("email", code + "@partners.example.com")
                .param("phone", "+1 555 0100").param("partnerCode", code).param("companyName", "Kept Company")
                .param("companyWebsite", "https://kept.example.com").param("password", "partner-password-1")
                .param("consent", "true")).andExpect(redirectedUrl("/partner"));
        mvc.perform(get("/partner").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"welcome\"")))
                .andExpect(content().string(Matchers.containsString("/account/password")))
                .andExpect(content().string(Matchers.containsString("pending")))
                .andExpect(content().string(Matchers.containsString("Waiting for a market manager.</span>")))
                .andExpect(content().string(Matchers.containsString("href=\"/rules/P-05\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("(P-05)"))));
    }
}
