package org.souk.checks;

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
import org.springframework.mock.web.MockHttpSession;

import tools.jackson.databind.JsonNode;

/** "Check now" through the API and the pages, the stored report, and the administrator's switches. */
class CheckApiTest extends IntegrationTest {

    private String solution(PartnerLogin partner, String title) {
        String code = api.post("/api/v1/solutions", Map.of("appCode", "checked", "region", "global", "type", "REST_API"),
                partner.token()).text("code");
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title", title,
                "shortDescription", "Reminds. Notifies. Syncs. Reports."))), partner.token());
        return code;
    }

    private static List<String> found(JsonNode report) {
        List<String> found = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            found.add(f.path("rule").asString() + " " + f.path("severity").asString() + " " + f.path("field").asString());
        }
        return found;
    }

    @Test
    void aPartnerChecksTheDraftAndSeesEveryFindingWithItsRule() {
        PartnerLogin partner = registerPartner("chk");
        String code = solution(partner, "Test");

        Api.Response report = api.post("/api/v1/solutions/" + code + "/checks", Map.of(), partner.token());
        assertThat(report.status()).isEqualTo(200);
        assertThat(found(report.body())).contains("C-25 blocker card.icon", "C-25 blocker card.screenshots",
                "C-02 blocker card.categories", "C-01 blocker card.texts.en.title",
                "C-12 blocker card.texts.en.shortDescription", "V-05 blocker version.appUrl");
        JsonNode first = report.body().path("findings").get(0);
        assertThat(first.path("message").asString()).startsWith(first.path("rule").asString() + ": ");
        assertThat(first.path("hint").asString()).isNotBlank();

        Api.Response latest = api.get("/api/v1/solutions/" + code + "/checks/latest", partner.token());
        assertThat(found(latest.body())).isEqualTo(found(report.body()));
        PartnerLogin other = registerPartner("chk");
        assertThat(api.post("/api/v1/solutions/" + code + "/checks", Map.of(), other.token()).status()).isEqualTo(404);
    }

    @Test
    void administratorsSwitchARuleToAdvisoryOrOff() {
        PartnerLogin partner = registerPartner("mode");
        String code = solution(partner, "Deal Reminders");
        String admin = adminToken();
        assertThat(api.put("/api/v1/admin/checks/C-02", Map.of("mode", "ADVISORY"), partner.token()).status())
                .isEqualTo(403);
        try {
            Api.Response advisory = api.put("/api/v1/admin/checks/C-02", Map.of("mode", "ADVISORY"), admin);
            assertThat(advisory.text("mode")).isEqualTo("advisory");
            assertThat(found(api.post("/api/v1/solutions/" + code + "/checks", Map.of(), partner.token()).body()))
                    .contains("C-02 warning card.categories").doesNotContain("C-02 blocker card.categories");
            api.put("/api/v1/admin/checks/C-02", Map.of("mode", "OFF"), admin);
            assertThat(found(api.post("/api/v1/solutions/" + code + "/checks", Map.of(), partner.token()).body()))
                    .noneMatch(f -> f.startsWith("C-02"));
        } finally {
            api.put("/api/v1/admin/checks/C-02", Map.of("mode", "ENFORCED"), admin);
        }
        assertThat(api.put("/api/v1/admin/checks/X-99", Map.of("mode", "OFF"), admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/checks", admin).body().toString()).contains("\"rule\":\"C-25\"");
    }

    @Test
    void theWordListsAreData() {
        PartnerLogin partner = registerPartner("words");
        String code = solution(partner, "Qzxv Helper");
        String admin = adminToken();
        Api.Response added = api.post("/api/v1/admin/check-words", Map.of("list", "placeholder", "language", "en",
                "word", "qzxv"), admin);
        assertThat(added.status()).isEqualTo(201);
        try {
            assertThat(found(api.post("/api/v1/solutions/" + code + "/checks", Map.of(), partner.token()).body()))
                    .contains("C-01 blocker card.texts.en.title");
        } finally {
            api.delete("/api/v1/admin/check-words/" + added.body().path("id").asLong(), admin);
        }
        assertThat(found(api.post("/api/v1/solutions/" + code + "/checks", Map.of(), partner.token()).body()))
                .doesNotContain("C-01 blocker card.texts.en.title");
        assertThat(api.post("/api/v1/admin/check-words", Map.of("list", "nope", "language", "en", "word", "x"), admin)
                .violations()).containsExactly("list ");
    }

    @Test
    void thePagesShowTheReportInTheUsersLanguage() throws Exception {
        PartnerLogin partner = registerPartner("chkpage");
        String code = solution(partner, "Test");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        mvc.perform(get("/partner/solutions/" + code + "/checks").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"check-now\"")));
        mvc.perform(post("/partner/solutions/" + code + "/checks").with(csrf()).session(session).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">Название похоже на заглушку")))
                .andExpect(content().string(Matchers.containsString("href=\"/rules/C-01\"")))
                .andExpect(content().string(Matchers.containsString("Блокирует")));
        MockHttpSession admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        mvc.perform(get("/admin/checks").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rule-C-25")));
        mvc.perform(get("/admin/checks").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aFieldIsCheckedAsThePartnerTypesIt() throws Exception {
        PartnerLogin partner = registerPartner("live");
        String code = solution(partner, "Deal Reminders");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        mvc.perform(get("/partner/solutions/" + code + "/card").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/checks/field?field=card.texts.en.title")));

        mvc.perform(get("/partner/solutions/" + code + "/checks/field").session(session)
                .param("field", "card.texts.en.title").param("texts[en].title", "Untitled"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">The title looks like a placeholder")))
                .andExpect(content().string(Matchers.containsString("href=\"/rules/C-01\"")));
        mvc.perform(get("/partner/solutions/" + code + "/checks/field").session(session)
                .param("field", "card.texts.en.title").param("texts[en].title", "Deal Reminders"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("C-01"))));
        // nothing typed is saved
        assertThat(api.get("/api/v1/solutions/" + code + "/card", partner.token()).body().path("texts").path("en")
                .path("title").asString()).isEqualTo("Deal Reminders");
    }
}
