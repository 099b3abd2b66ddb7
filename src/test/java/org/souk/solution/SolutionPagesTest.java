package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;

/**
 * The pages of the developer's area for solutions (S-01 … S-10, C-*, V-*): they open in both languages, keep
 * what was typed on error, round-trip the per-language texts, stay closed to other partners and read-only
 * while on moderation.
 */
class SolutionPagesTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    /** A partner signed in in a browser session, with a token for the API. */
    record Partner(PartnerLogin login, MockHttpSession session) {
    }

    private Partner partner(String prefix) throws Exception {
        PartnerLogin login = registerPartner(prefix);
        return new Partner(login, signIn(login.email(), PASSWORD));
    }

    /** A solution added through the API; its code. */
    private String solution(Partner partner, String appCode, String region) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", region,
                "type", "REST_API"), partner.login().token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("code");
    }

    private List<String> pages(String code) {
        String base = "/partner/solutions/" + code;
        return List.of(base, base + "/keys", base + "/card", base + "/versions/1", base + "/preview");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void everyPageOpensInEnglishAndRussian() throws Exception {
        Partner partner = partner("solpages");
        // the empty list invites to add the first solution; the dashboard links to the list
        String empty = html(get("/partner/solutions").session(partner.session()));
        assertThat(empty).contains("You have no solutions yet").contains("Add your first solution");
        assertThat(html(get("/partner").session(partner.session()))).contains("href=\"/partner/solutions\"");

        String code = solution(partner, "pages", "global");
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title", "Pages App",
                "fullDescription", "<p>Does <b>things</b></p><script>alert(1)</script>")), "pricingPolicy",
                "EXTERNAL_SERVICE_PAID"), partner.login().token());
        List<String> paths = new java.util.ArrayList<>(List.of("/partner/solutions", "/partner/solutions/new"));
        paths.addAll(pages(code));
        for (String tab : List.of("/test", "/moderation", "/checks", "/analytics", "/rest-calls")) {
            paths.add("/partner/solutions/" + code + tab);
        }
        for (String path : paths) {
            String english = html(get(path).session(partner.session()).param("lang", "en"));
            assertThat(english).as(path).contains(code.substring(0, code.indexOf('.'))).doesNotContain("??")
                    .contains("Solutions");
            String russian = html(get(path).session(partner.session()).param("lang", "ru"));
            assertThat(russian).as(path).doesNotContain("??").contains("Решения").contains("lang=\"ru\"");
            assertRulesAreTags(english, path);
            assertRulesAreTags(russian, path);
        }
        String list = html(get("/partner/solutions").session(partner.session()).param("lang", "en"));
        assertThat(list).contains("Pages App").contains(code).contains("Draft").contains("Global")
                .contains("Fill in “Short description (English)”.")
                // the rule is a small tag after the sentence, not words inside it
                .contains("href=\"/rules/C-25\"").doesNotContain("(C-25)");
        assertThat(html(get("/partner/solutions").session(partner.session()).param("lang", "ru")))
                .contains("Черновик");

        // the preview: labelled, sanitized HTML rendered as HTML, pricing in plain words
        String preview = html(get("/partner/solutions/" + code + "/preview").session(partner.session())
                .param("lang", "en"));
        assertThat(preview).contains("Preview").contains("<p>Does <b>things</b></p>").doesNotContain("<script>alert")
                .contains("the external service it connects to is paid");
    }

    @Test
    void addingThroughTheFormShowsTheSecretOnce() throws Exception {
        Partner partner = partner("soladd");
        String form = html(get("/partner/solutions/new").session(partner.session()).param("lang", "en"));
        assertThat(form).contains(partner.login().code() + ".").contains("P-03").contains("App (REST API)");

        // a bad code comes back with the rule and what was typed
        String refused = html(post("/partner/solutions/new").session(partner.session()).with(csrf())
                .param("appCode", "Bad Code!").param("region", "global").param("type", "REST_API"));
        assertThat(refused).contains("S-01").contains("value=\"Bad Code!\"").contains("is-invalid");

        MvcResult added = mvc.perform(post("/partner/solutions/new").session(partner.session()).with(csrf())
                .param("appCode", "crm_sync").param("region", "global").param("type", "REST_API"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String code = partner.login().code() + ".crm_sync";
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/partner/solutions/" + code + "/keys");
        String secret = (String) added.getFlashMap().get("secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        // the browser follows the redirect: the flash attribute is read once from the session
        String keys = html(get("/partner/solutions/" + code + "/keys").session(partner.session()));
        assertThat(keys).contains(secret).contains("Copy the secret now").contains("Solution " + code + " added");
        JsonNode solution = api.get("/api/v1/solutions/" + code, partner.login().token()).body().path("solution");
        assertThat(keys).contains(solution.path("clientId").asString());

        // the same code again: refused under the field with a sentence and its rule as a tag, never "S-01: …"
        String again = html(post("/partner/solutions/new").session(partner.session()).with(csrf())
                .param("appCode", "crm_sync").param("region", "global").param("type", "REST_API"));
        assertThat(again).contains("value=\"crm_sync\"").contains("is already one of your solutions.</span>")
                .contains("href=\"/rules/S-01\"");
        assertRulesAreTags(again, "the same code again");

        // shown once: the next visit has no secret, nor has the overview
        assertThat(html(get("/partner/solutions/" + code + "/keys").session(partner.session()))).doesNotContain(secret)
                .contains(solution.path("clientId").asString());
        assertThat(html(get("/partner/solutions/" + code).session(partner.session()))).doesNotContain(secret);
        assertThat(html(get("/partner/solutions").session(partner.session()))).contains(code);

        // a new secret is shown once too, and differs
        MvcResult rotated = mvc.perform(post("/partner/solutions/" + code + "/secret").session(partner.session())
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String second = (String) rotated.getFlashMap().get("secret");
        assertThat(second).isNotBlank().isNotEqualTo(secret);
        assertThat(html(get(rotated.getResponse().getRedirectedUrl()).session(partner.session()))).contains(second);
        assertThat(html(get(rotated.getResponse().getRedirectedUrl()).session(partner.session())))
                .doesNotContain(second);

        // the partner code is frozen by the first solution (P-03)
        assertThat(html(get("/partner/profile").session(partner.session()))).contains("readonly");
    }

    @Test
    void aCardWithAnInvalidUrlComesBackWithTheTypedTitleAndTheRule() throws Exception {
        Partner partner = partner("solurl");
        String code = solution(partner, "urls", "global");
        String page = html(post("/partner/solutions/" + code + "/card").session(partner.session()).with(csrf())
                .param("lang", "en").param("texts[en].title", "Typed Title Stays")
                .param("texts[en].shortDescription", "Short one.").param("licenseUrl", "not a url")
                .param("privacyUrl", "https://example.com/privacy").param("categories", "integrations.sms")
                .param("_categories", "on"));
        assertThat(page).contains("value=\"Typed Title Stays\"").contains("C-21").contains("Short one.")
                .contains("value=\"not a url\"").contains("value=\"https://example.com/privacy\"");
        assertThat(page).containsPattern("id=\"licenseUrl\"[^>]*is-invalid|is-invalid[^>]*id=\"licenseUrl\"");
        assertThat(page).containsPattern("value=\"integrations.sms\"[^>]*checked");
        // nothing was saved
        JsonNode card = api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body();
        assertThat(card.path("texts").path("en").isMissingNode() || card.path("texts").path("en").path("title").isNull())
                .isTrue();

        // six categories: C-02 next to the categories, the rest kept
        MockHttpServletRequestBuilder six = post("/partner/solutions/" + code + "/card").session(partner.session())
                .with(csrf()).param("texts[en].title", "Still Here").param("_categories", "on");
        for (String c : List.of("integrations.telephony", "integrations.sms", "integrations.payments",
                "integrations.email_marketing", "miscellaneous", "migration")) {
            six.param("categories", c);
        }
        assertThat(html(six)).contains("C-02").contains("value=\"Still Here\"");
    }

    @Test
    void textsInTwoLanguagesRoundTrip() throws Exception {
        Partner partner = partner("soltexts");
        String code = solution(partner, "texts", "global");
        MvcResult saved = mvc.perform(post("/partner/solutions/" + code + "/card").session(partner.session())
                .with(csrf())
                .param("texts[en].title", "Bridge").param("texts[en].shortDescription", "Connects things.")
                .param("texts[en].fullDescription", "<p>Full <em>text</em></p>")
                .param("texts[en].keywords", "crm, sync").param("texts[en].installation", "Step 1")
                .param("texts[en].support", "support@example.com, 9-18")
                .param("texts[de].title", "Brücke").param("texts[de].shortDescription", "Verbindet Dinge.")
                .param("categories", "integrations.sms").param("_categories", "on")
                .param("tags", "crm").param("tags", "sms").param("_tags", "on")
                .param("licenseUrl", "https://example.com/license").param("privacyUrl", "")
                .param("pricingPolicy", "FREE").param("testData", "login: demo / demo").param("tab", "de"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/partner/solutions/" + code + "/card?language=de");

        JsonNode card = api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body();
        assertThat(card.path("texts").path("en").path("title").asString()).isEqualTo("Bridge");
        assertThat(card.path("texts").path("en").path("fullDescription").asString()).isEqualTo("<p>Full <em>text</em></p>");
        assertThat(card.path("texts").path("en").path("support").asString()).isEqualTo("support@example.com, 9-18");
        assertThat(card.path("texts").path("de").path("title").asString()).isEqualTo("Brücke");
        assertThat(card.path("texts").path("de").path("shortDescription").asString()).isEqualTo("Verbindet Dinge.");
        assertThat(card.path("categories").toString()).isEqualTo("[\"integrations.sms\"]");
        assertThat(card.path("tags").toString()).contains("crm").contains("sms");
        assertThat(card.path("pricingPolicy").asString()).isEqualTo("free");
        assertThat(card.path("testData").asString()).isEqualTo("login: demo / demo");

        // the page shows both tabs, English first and required, with what was saved
        String page = html(get("/partner/solutions/" + code + "/card").session(partner.session())
                .param("language", "de").param("lang", "en"));
        assertThat(page).contains("value=\"Bridge\"").contains("value=\"Brücke\"").contains("Verbindet Dinge.")
                .contains("login: demo / demo");
        assertThat(page.indexOf("id=\"tab-en\"")).isLessThan(page.indexOf("id=\"tab-de\""));
        assertThat(page).containsPattern("id=\"texts-de\"[^>]*show active|class=\"[^\"]*show active[^\"]*\"[^>]*id=\"texts-de\"");

        // saved again as the page sends it: nothing changes; an emptied field is cleared
        mvc.perform(post("/partner/solutions/" + code + "/card").session(partner.session()).with(csrf())
                .param("texts[en].title", "Bridge").param("texts[en].shortDescription", "")
                .param("texts[de].title", "Brücke").param("_categories", "on").param("_tags", "on"))
                .andExpect(status().is3xxRedirection());
        card = api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body();
        assertThat(card.path("texts").path("en").path("shortDescription").isNull()
                || card.path("texts").path("en").path("shortDescription").isMissingNode()).isTrue();
        assertThat(card.path("texts").path("de").path("title").asString()).isEqualTo("Brücke");
        assertThat(card.path("categories").size()).isZero();

        // adding a language through the select and removing it again; English cannot be removed (C-11)
        MvcResult withFrench = mvc.perform(post("/partner/solutions/" + code + "/card").session(partner.session())
                .with(csrf()).param("texts[en].title", "Bridge").param("addLanguage", "fr"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(withFrench.getResponse().getRedirectedUrl()).endsWith("/card?language=fr");
        assertThat(html(get(withFrench.getResponse().getRedirectedUrl()).session(partner.session())))
                .contains("id=\"tab-fr\"").containsPattern("id=\"texts-fr\"[^>]*show active|show active[^\"]*\"[^>]*id=\"texts-fr\"");
        mvc.perform(post("/partner/solutions/" + code + "/card").session(partner.session()).with(csrf())
                .param("texts[en].title", "Bridge").param("texts[fr].title", "Pont"))
                .andExpect(status().is3xxRedirection());
        assertThat(api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body().path("texts")
                .path("fr").path("title").asString()).isEqualTo("Pont");
        mvc.perform(post("/partner/solutions/" + code + "/card").session(partner.session()).with(csrf())
                .param("texts[en].title", "Bridge").param("removeLanguage", "fr")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/partner/solutions/" + code + "/card").session(partner.session()).with(csrf())
                .param("texts[en].title", "Bridge").param("removeLanguage", "en")).andExpect(status().is3xxRedirection());
        JsonNode texts = api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body().path("texts");
        assertThat(texts.has("fr")).isFalse();
        assertThat(texts.path("en").path("title").asString()).isEqualTo("Bridge");
    }

    @Test
    void theVersionCardSavesAndKeepsWhatWasTyped() throws Exception {
        Partner partner = partner("solversion");
        String code = solution(partner, "version", "global");
        String base = "/partner/solutions/" + code + "/versions/1";
        String bad = html(post(base).session(partner.session()).with(csrf()).param("scopes", "crm")
                .param("scopes", "user_basic").param("_scopes", "on").param("appUrl", "ftp://nope")
                .param("ownPage", "true").param("_ownPage", "on").param("whatsNew[en]", "First"));
        assertThat(bad).contains("V-05").contains("value=\"ftp://nope\"").containsPattern("value=\"crm\"[^>]*checked");

        mvc.perform(post(base).session(partner.session()).with(csrf()).param("scopes", "crm")
                .param("scopes", "placement").param("_scopes", "on").param("placements", "CRM_DEAL_DETAIL_TAB")
                .param("_placements", "on").param("appUrl", "https://app.example.com/").param("ownPage", "true")
                .param("_ownPage", "on").param("_mobile", "on").param("installableWithoutAdmin", "true")
                .param("_installableWithoutAdmin", "on").param("whatsNew[en]", "First release"))
                .andExpect(status().is3xxRedirection());
        JsonNode version = api.get("/api/v1/solutions/" + code + "/versions/1", partner.login().token()).body();
        assertThat(version.path("scopes").toString()).isEqualTo("[\"crm\",\"placement\"]");
        assertThat(version.path("placements").toString()).isEqualTo("[\"CRM_DEAL_DETAIL_TAB\"]");
        assertThat(version.path("appUrl").asString()).isEqualTo("https://app.example.com/");
        assertThat(version.path("ownPage").asBoolean()).isTrue();
        assertThat(version.path("mobile").asBoolean()).isFalse();
        assertThat(version.path("installableWithoutAdmin").asBoolean()).isTrue();
        assertThat(version.path("whatsNew").path("en").asString()).isEqualTo("First release");
        String page = html(get(base).session(partner.session()).param("lang", "en"));
        assertThat(page).contains("read and change CRM data").contains("value=\"https://app.example.com/\"");

        // "Add new version": version 1 becomes history, shown read-only with the reason (S-10)
        MvcResult added = mvc.perform(post("/partner/solutions/" + code + "/versions").session(partner.session())
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).endsWith("/versions/2");
        String older = html(get(base).session(partner.session()).param("lang", "en"));
        assertThat(older).contains("id=\"read-only\"").contains("S-10").containsPattern("<fieldset[^>]*disabled");
    }

    @Test
    void imagesAreUploadedAndRefusedWithTheRule() throws Exception {
        Partner partner = partner("solimages");
        String code = solution(partner, "images", "global");
        String card = "/partner/solutions/" + code + "/card";
        MvcResult transparent = mvc.perform(multipart(card + "/icon").file(png("file", 300, 300, true))
                .session(partner.session()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String refused = html(get(card).session(partner.session()));
        assertThat(refused).contains("C-19").contains("transparent").contains("id=\"icon-error\"");

        mvc.perform(multipart(card + "/icon").file(png("file", 300, 300, false)).session(partner.session())
                .with(csrf())).andExpect(status().is3xxRedirection());
        for (String caption : List.of("First", "Second")) {
            mvc.perform(multipart(card + "/screenshots").file(png("file", 640, 360, false)).param("caption", caption)
                    .session(partner.session()).with(csrf())).andExpect(status().is3xxRedirection());
        }
        JsonNode saved = api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body();
        assertThat(saved.path("iconKey").isNull()).isFalse();
        assertThat(saved.path("screenshots").size()).isEqualTo(2);
        long second = saved.path("screenshots").get(1).path("id").asLong();
        mvc.perform(post(card + "/screenshots/" + second + "/move").param("direction", "up").session(partner.session())
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(card + "/screenshots/" + second + "/caption").param("caption", "Now first")
                .session(partner.session()).with(csrf())).andExpect(status().is3xxRedirection());
        saved = api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body();
        assertThat(saved.path("screenshots").get(0).path("id").asLong()).isEqualTo(second);
        assertThat(saved.path("screenshots").get(0).path("caption").asString()).isEqualTo("Now first");
        mvc.perform(post(card + "/screenshots/" + second + "/remove").session(partner.session()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        saved = api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body();
        assertThat(saved.path("screenshots").size()).isEqualTo(1);

        // the page shows the icon and the screenshot, served to the owner by the API
        String page = html(get(card).session(partner.session()));
        String key = saved.path("iconKey").asString();
        assertThat(page).contains("/api/v1/solutions/" + code + "/media/" + key).contains("value=\"First\"");
        mvc.perform(get("/api/v1/solutions/" + code + "/media/" + key).session(partner.session()))
                .andExpect(status().isOk());
    }

    @Test
    void anotherPartnerGetsNotFoundOnEveryPage() throws Exception {
        Partner owner = partner("solowner");
        Partner other = partner("solother");
        String code = solution(owner, "private", "global");
        for (String path : pages(code)) {
            mvc.perform(get(path).session(other.session())).andExpect(status().isNotFound());
        }
        for (String path : List.of("/card", "/secret", "/delete", "/versions", "/regions", "/versions/1",
                "/card/screenshots/1/remove", "/visibility")) {
            mvc.perform(post("/partner/solutions/" + code + path).session(other.session()).with(csrf())
                    .param("region", "ru")).andExpect(status().isNotFound());
        }
        mvc.perform(multipart("/partner/solutions/" + code + "/card/icon").file(png("file", 300, 300, false))
                .session(other.session()).with(csrf())).andExpect(status().isNotFound());
        // and the owner still has it, untouched
        assertThat(html(get("/partner/solutions/" + code).session(owner.session()))).contains(code);
        assertThat(html(get("/partner/solutions").session(other.session()))).doesNotContain(code);
    }

    @Test
    void thePagesAreReadOnlyWhileOnModeration() throws Exception {
        Partner partner = partner("solfrozen");
        String code = solution(partner, "frozen", "global");
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title", "Frozen"))),
                partner.login().token());
        revisions.freeze(code);

        for (String path : List.of("/card", "/versions/1")) {
            String page = html(get("/partner/solutions/" + code + path).session(partner.session()).param("lang", "en"));
            assertThat(page).as(path).contains("id=\"read-only\"").contains("S-08")
                    .containsPattern("<fieldset[^>]*disabled");
        }
        String overview = html(get("/partner/solutions/" + code).session(partner.session()).param("lang", "en"));
        assertThat(overview).contains("On moderation").doesNotContain("id=\"add-version\"")
                .doesNotContain("id=\"add-region\"").contains("id=\"not-deletable\"");

        // a save sent anyway is refused with S-08 and changes nothing
        MvcResult refused = mvc.perform(post("/partner/solutions/" + code + "/card").session(partner.session())
                .with(csrf()).param("texts[en].title", "Changed")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) refused.getFlashMap().get("error")).contains("moderation");
        assertThat(api.get("/api/v1/solutions/" + code + "/card", partner.login().token()).body().path("texts")
                .path("en").path("title").asString()).isEqualTo("Frozen");
        revisions.release(code, true);
        assertThat(html(get("/partner/solutions/" + code + "/card").session(partner.session()).param("lang", "en")))
                .doesNotContain("id=\"read-only\"").contains("Returned");
    }

    @Test
    void regionsVisibilityAndDeletion() throws Exception {
        Partner partner = partner("solregion");
        String code = solution(partner, "regions", "global");
        MvcResult added = mvc.perform(post("/partner/solutions/" + code + "/regions").param("region", "ru")
                .session(partner.session()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) added.getFlashMap().get("notice")).contains("Russia");
        String card = html(get("/partner/solutions/" + code + "/card").session(partner.session()).param("lang", "en"));
        // both regions' languages are tabs, required, English first (the region added first)
        assertThat(card).contains("id=\"tab-en\"").contains("id=\"tab-ru\"");
        assertThat(count(card, "title=\"The language of one of the solution’s regions: required (C-11)\"")).isEqualTo(2);

        // never published: no visibility box, deletion possible
        String overview = html(get("/partner/solutions/" + code).session(partner.session()).param("lang", "en"));
        assertThat(overview).doesNotContain("id=\"visibility\"").contains("Delete solution");
        mvc.perform(post("/partner/solutions/" + code + "/visibility").param("available", "false")
                .session(partner.session()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/partner/solutions/" + code + "/delete").session(partner.session()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/partner/solutions/" + code).session(partner.session())).andExpect(status().isNotFound());

        // a published one: the visibility toggle, and deletion explained (S-06)
        String published = solution(partner, "published", "global");
        revisions.publish(revisions.freeze(published).id());
        overview = html(get("/partner/solutions/" + published).session(partner.session()).param("lang", "en"));
        assertThat(overview).contains("id=\"visibility\"").contains("Hide from the catalog").contains("S-06")
                .doesNotContain("Delete solution");
        mvc.perform(post("/partner/solutions/" + published + "/visibility").param("available", "false")
                .session(partner.session()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(html(get("/partner/solutions/" + published).session(partner.session()).param("lang", "en")))
                .contains("Show in the catalog").contains("Hidden from the catalog");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static MockMultipartFile png(String name, int width, int height, boolean transparent) throws IOException {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (!transparent) {
                g.setColor(new Color(11, 122, 117));
                g.fillRect(0, 0, width, height);
            }
            g.setColor(new Color(245, 194, 107));
            g.fillOval(width / 4, height / 4, width / 2, height / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new MockMultipartFile(name, "image.png", "image/png", out.toByteArray());
    }
}
