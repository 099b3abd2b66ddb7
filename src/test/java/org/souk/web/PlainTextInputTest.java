package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;

/**
 * Plain-text input through the real API and the real pages (registration, the card editor): NFC on the way
 * in, control characters, noncharacters and broken surrogates refused with the field's label, emoji kept.
 */
class PlainTextInputTest extends IntegrationTest {

    private static final String NFD_TITLE = "Cafe\u0301 Sync"; // "Café" with a combining acute accent
    private static final String NFC_TITLE = "Caf\u00e9 Sync";

    @Test
    void theApiRefusesANulInTheCompanyNameNamingTheFieldInTheUsersLanguage() {
        String code = uniqueCode("nulapi");
        Map<String, Object> form = registration(code);
        form.put("companyName", "Acme\u0000 Ltd");

        Api.Response english = api.post("/api/v1/partners", form, null);
        assertThat(english.status()).as(english.body().toString()).isEqualTo(422);
        assertThat(english.contentType()).contains("application/problem+json");
        JsonNode violation = english.body().path("violations").path(0);
        assertThat(violation.path("field").asString()).isEqualTo("companyName");
        assertThat(violation.path("message").asString()).contains("Company name").contains("U+0000");

        Api.Response russian = api.post("/api/v1/partners?lang=ru", form, null);
        assertThat(russian.status()).isEqualTo(422);
        assertThat(russian.body().path("violations").path(0).path("message").asString())
                .contains("Название компании").contains("U+0000");

        // nothing was registered: the code is still free
        assertThat(api.get("/api/v1/partners/code-availability?code=" + code, null).body().path("available")
                .asBoolean()).isTrue();
    }

    @Test
    void theRegistrationPageShowsTheMessageOnTheFieldAndKeepsTheRest() throws Exception {
        String code = uniqueCode("nulform");
        String page = html(post("/register").with(csrf()).param("lang", "en").param("firstName", "Ada")
                .param("lastName", "Tester").param("email", code + "@partners.example.com")
                .param("phone", "+1 555 0123").param("partnerCode", code).param("companyName", "Acme\u0007 Ltd")
                .param("companyWebsite", "https://acme.example.com").param("comment", "We plan CRM integrations.")
                .param("password", PASSWORD).param("consent", "true"));

        assertThat(page).contains("Company name contains a control character (U+0007)");
        assertThat(page).containsPattern("id=\"companyName\"[^>]*is-invalid|is-invalid[^>]*id=\"companyName\"");
        assertThat(page).contains("value=\"Ada\"").contains("value=\"Tester\"")
                .contains("value=\"" + code + "@partners.example.com\"").contains("value=\"+1 555 0123\"")
                .contains("value=\"https://acme.example.com\"").contains("We plan CRM integrations.")
                .contains("value=\"Acme\u0007 Ltd\"");
        assertThat(api.get("/api/v1/partners/code-availability?code=" + code, null).body().path("available")
                .asBoolean()).isTrue();
    }

    @Test
    void cardTitlesAreStoredInNfcWithEmojiUnchangedAndControlsRefusedInRichText() {
        PartnerLogin partner = registerPartner("nfcapi");
        String code = solution(partner, "nfc");

        Api.Response nfd = api.patch("/api/v1/solutions/" + code + "/card",
                Map.of("texts", Map.of("en", Map.of("title", NFD_TITLE))), partner.token());
        assertThat(nfd.status()).as(nfd.body().toString()).isEqualTo(200);
        assertThat(title(partner, code)).isEqualTo(NFC_TITLE);

        String emoji = "Thumbs \uD83D\uDC4D \uD83C\uDDF7\uD83C\uDDFA Синхро 同步";
        Api.Response kept = api.patch("/api/v1/solutions/" + code + "/card",
                Map.of("texts", Map.of("en", Map.of("title", emoji))), partner.token());
        assertThat(kept.status()).as(kept.body().toString()).isEqualTo(200);
        assertThat(title(partner, code)).isEqualTo(emoji);

        // the full description is rich text, sanitized elsewhere, but refused the same way
        Api.Response nel = api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en",
                Map.of("fullDescription", "<p>One\u0085two</p>"))), partner.token());
        assertThat(nel.status()).as(nel.body().toString()).isEqualTo(422);
        JsonNode violation = nel.body().path("violations").path(0);
        assertThat(violation.path("field").asString()).isEqualTo("texts.en.fullDescription");
        assertThat(violation.path("message").asString()).contains("Full description").contains("U+0085");
        assertThat(title(partner, code)).isEqualTo(emoji);
    }

    @Test
    void theCardPageRefusesANulInTheTitleAndKeepsTheOtherFields() throws Exception {
        PartnerLogin partner = registerPartner("nulcard");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        String code = solution(partner, "nulcard");
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title", "Before"))),
                partner.token());

        String page = html(post("/partner/solutions/" + code + "/card").session(session).with(csrf())
                .param("lang", "en").param("texts[en].title", "Bad\u0000Title")
                .param("texts[en].shortDescription", "Short one stays.")
                .param("privacyUrl", "https://example.com/privacy").param("_categories", "on"));
        assertThat(page).contains("Title (English) contains a control character (U+0000)").contains("Short one stays.")
                .contains("value=\"https://example.com/privacy\"");
        assertThat(page).containsPattern("id=\"title-en\"[^>]*is-invalid|is-invalid[^>]*id=\"title-en\"");
        assertThat(title(partner, code)).isEqualTo("Before");

        // in Russian, the label as the Russian page shows it
        String russian = html(post("/partner/solutions/" + code + "/card").session(session).with(csrf())
                .param("lang", "ru").param("texts[en].title", "Bad\uFFFETitle").param("_categories", "on"));
        assertThat(russian).contains("Название").contains("U+FFFE");

        // an NFD title through the form is stored as NFC
        MvcResult saved = mvc.perform(post("/partner/solutions/" + code + "/card").session(session).with(csrf())
                .param("texts[en].title", NFD_TITLE).param("_categories", "on"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/partner/solutions/" + code + "/card");
        assertThat(title(partner, code)).isEqualTo(NFC_TITLE).isEqualTo(Normalizer.normalize(NFD_TITLE,
                Normalizer.Form.NFC));
    }

    private String solution(PartnerLogin partner, String appCode) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("code");
    }

    private String title(PartnerLogin partner, String code) {
        return api.get("/api/v1/solutions/" + code + "/card", partner.token()).body().path("texts").path("en")
                .path("title").asString();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
