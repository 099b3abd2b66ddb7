package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;
import org.springframework.mock.web.MockHttpSession;

import tools.jackson.databind.JsonNode;

/** Market managers review applications for partner status (P-05); both outcomes are e-mailed (P-02). */
class PartnerReviewTest extends IntegrationTest {

    @Test
    void anAdministratorApprovesAndThePartnerIsEmailed() {
        PartnerLogin partner = registerPartner("approve");
        String admin = adminToken();

        Api.Response pending = api.get("/api/v1/admin/partners?status=PENDING&size=100&q=" + partner.code(), admin);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body().path("items").get(0).path("code").asString()).isEqualTo(partner.code());
        assertThat(pending.body().path("total").asLong()).isEqualTo(1);

        Api.Response approved = api.post("/api/v1/admin/partners/" + partner.code() + "/approval", Map.of(), admin);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("approved");
        assertThat(approved.text("reviewedBy")).isEqualTo(ADMIN_EMAIL);
        assertThat(api.get("/api/v1/partners/me", partner.token()).text("status")).isEqualTo("approved");

        assertThat(TestMail.body(TestMail.await(partner.email(), "Partner status granted"))).contains(partner.code());
        // the same e-mail is in the dev mailbox
        Api.Response mailbox = api.get("/api/v1/admin/mailbox?to=" + partner.email(), admin);
        List<String> subjects = new ArrayList<>();
        for (JsonNode mail : mailbox.body().path("items")) {
            subjects.add(mail.path("subject").asString());
        }
        assertThat(subjects).anyMatch(s -> s.startsWith("Partner status granted"));

        Api.Response again = api.post("/api/v1/admin/partners/" + partner.code() + "/approval", Map.of(), admin);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("rule")).isEqualTo("P-05");
    }

    @Test
    void aRejectionNeedsAReasonThatThePartnerReceives() {
        PartnerLogin partner = registerPartner("reject");
        String admin = adminToken();

        Api.Response noReason = api.post("/api/v1/admin/partners/" + partner.code() + "/rejection", Map.of("reason", " "),
                admin);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.violations()).containsExactly("reason P-05");

        Api.Response rejected = api.post("/api/v1/admin/partners/" + partner.code() + "/rejection",
                Map.of("reason", "The website does not describe any software product."), admin);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("status")).isEqualTo("rejected");
        assertThat(TestMail.body(TestMail.await(partner.email(), "Your application for partner status")))
                .contains("The website does not describe any software product.");
        assertThat(api.get("/api/v1/partners/me", partner.token()).text("statusReason"))
                .isEqualTo("The website does not describe any software product.");
    }

    @Test
    void pendingApplicationsComeFirstOldestFirst() {
        PartnerLogin older = registerPartner("order");
        PartnerLogin approved = approvedPartner("order");
        PartnerLogin newer = registerPartner("order");
        String admin = adminToken();

        Api.Response list = api.get("/api/v1/admin/partners?size=100&q=order_", admin);
        List<String> codes = new ArrayList<>();
        for (JsonNode p : list.body().path("items")) {
            codes.add(p.path("code").asString());
        }
        assertThat(codes).containsSubsequence(older.code(), newer.code(), approved.code());
    }

    @Test
    void theManagerPageApprovesAndShowsTheHistory() throws Exception {
        PartnerLogin partner = registerPartner("page");
        MockHttpSession admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        mvc.perform(get("/manage/partners").param("status", "PENDING").param("q", partner.code()).session(admin))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(partner.code())));
        mvc.perform(post("/manage/partners/" + partner.code() + "/approval").with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/partners/" + partner.code()).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("partner.approved")))
                .andExpect(content().string(Matchers.containsString("partner.registered")))
                .andExpect(content().string(Matchers.containsString(ADMIN_EMAIL)));
        assertThat(api.get("/api/v1/partners/me", partner.token()).text("status")).isEqualTo("approved");
    }

    @Test
    void theDossierHasEveryFieldUsersAndTheAuditTrail() {
        PartnerLogin partner = approvedPartner("dossier");
        Api.Response dossier = api.get("/api/v1/admin/partners/" + partner.code(), adminToken());

        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.body().path("partner").path("phone").asString()).isEqualTo("+1 555 0123");
        assertThat(dossier.body().path("users").get(0).path("email").asString()).isEqualTo(partner.email());
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : dossier.body().path("history")) {
            actions.add(entry.path("action").asString() + " by " + entry.path("actor").asString()
                    + (entry.path("address").asString().isEmpty() ? "" : " from an address"));
        }
        assertThat(actions).contains("partner.approved by " + ADMIN_EMAIL + " from an address",
                "partner.registered by anonymous from an address");
    }
}
