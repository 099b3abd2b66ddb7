package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** The agreement as it reads before and after it is accepted, and the owner changing the roles of the team. */
class AgreementAndTeamPagesTest extends IntegrationTest {

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theAgreementIsDatedOnlyOnceAccepted() throws Exception {
        // a policy whose text is dated, as the first one is (other tests publish undated versions)
        assertThat(api.post("/api/v1/admin/policy", Map.of("title", "Marketplace Policy", "body",
                "Agreement with {legalEntity} for {region}.\n\nAccepted on {date}."), adminToken()).status())
                .isEqualTo(201);
        PartnerLogin partner = approvedPartner("dated");
        assertThat(api.put("/api/v1/partners/me/legal-entity", Map.of("name", "Dated Company LLC", "country", "DE",
                "registrationNumber", "HRB 1", "taxId", "DE1", "address", "1 Street, Berlin"), partner.token()).status())
                .isEqualTo(200);
        assertThat(api.put("/api/v1/partners/me/regions/global/sales-terms", Map.of("terms", "FREE"),
                partner.token()).status()).isEqualTo(200);
        MockHttpSession session = signIn(partner.email(), PASSWORD);

        assertThat(page(session, "/partner/sales/global/agreement"))
                .contains("Accepted on the day the Partner accepts it (not accepted yet).")
                .contains("region Global,").doesNotContain("region global");
        assertThat(page(session, "/partner/sales")).contains("Read and accept");

        long agreement = api.get("/api/v1/partners/me/regions/global/agreements", partner.token()).body().get(0)
                .path("id").asLong();
        assertThat(api.post("/api/v1/partners/me/regions/global/agreements/" + agreement + "/acceptance", Map.of(),
                partner.token()).status()).isEqualTo(200);

        assertThat(page(session, "/partner/sales/global/agreement"))
                .contains("Accepted on " + LocalDate.now(ZoneOffset.UTC) + ".").doesNotContain("not accepted yet");
        assertThat(page(session, "/partner/sales")).contains("Read the agreement").doesNotContain("Read and accept");
    }

    @Test
    void theOwnerChangesTheRolesOfTheTeamButKeepsAnOwner() throws Exception {
        PartnerLogin partner = approvedPartner("roles");
        Api.Response invited = api.post("/api/v1/partners/me/users", Map.of("email", uniqueCode("dev") + "@souk.test",
                "firstName", "Dev", "lastName", "Eloper", "role", "DEVELOPER"), partner.token());
        assertThat(invited.status()).isEqualTo(201);
        long developer = invited.body().path("userId").asLong();

        Api.Response promoted = api.put("/api/v1/partners/me/users/" + developer + "/role", Map.of("role", "OWNER"),
                partner.token());
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.text("role")).isEqualToIgnoringCase("OWNER");

        MockHttpSession session = signIn(partner.email(), PASSWORD);
        assertThat(page(session, "/partner/users")).contains("id=\"role-" + developer + "\"");
        Object notice = mvc.perform(post("/partner/users/" + developer + "/role").with(csrf()).session(session)
                .param("role", "DEVELOPER")).andExpect(status().is3xxRedirection()).andReturn().getFlashMap()
                .get("notice");
        assertThat((String) notice).endsWith("is now: Developer.");

        // the owner is the only one again: it stays an owner
        long owner = api.get("/api/v1/me", partner.token()).body().path("id").asLong();
        Api.Response demoted = api.put("/api/v1/partners/me/users/" + owner + "/role", Map.of("role", "DEVELOPER"),
                partner.token());
        assertThat(demoted.status()).isEqualTo(409);
        Api.Response noRole = api.put("/api/v1/partners/me/users/" + developer + "/role", Map.of(), partner.token());
        assertThat(noRole.status()).isEqualTo(422);
        assertThat(noRole.violations().toString()).contains("role");
    }
}
