package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * The storefront of issue 19 as a visitor reads it: every solution has an icon (its initials on its colour when the
 * partner gave none), a partner has a public page and its API counterpart, the solution page names similar
 * solutions, support and pricing in words, the filters fold on a narrow screen, and the partner's preview is the
 * catalog page itself.
 */
class StorefrontPagesTest extends CatalogTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("/catalog/icons/([^\"?]+)\\.svg\\?text=([A-Z0-9%]*)");

    private MockHttpServletResponse page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse();
    }

    @Test
    void aSolutionWithoutAnIconShowsItsInitialsOnAColourOfItsCode() throws Exception {
        PartnerLogin partner = approvedPartner("icon");
        String code = fixture.publishedInEnglish(partner, "icon", "Quokka Quotes", "Sends quotes from deals.",
                "quotes", "integrations.telephony", "crm", "FREE");

        String search = page("/search?q=quokka").getContentAsString();
        Matcher tile = PLACEHOLDER.matcher(search);
        assertThat(tile.find()).as(search).isTrue();
        assertThat(tile.group(2)).isEqualTo("QQ");
        assertThat(page("/apps/" + code).getContentAsString()).contains("/catalog/icons/" + code + ".svg?text=QQ");
        Api.Response summary = api.get("/api/v1/catalog/solutions?q=quokka", null);
        assertThat(summary.body().path("items").get(0).path("iconUrl").asString())
                .isEqualTo("/catalog/icons/" + code + ".svg?text=QQ");
        assertThat(api.get("/api/v1/catalog/solutions/" + code, null).text("iconUrl")).contains("text=QQ");

        MockHttpServletResponse svg = page("/catalog/icons/" + code + ".svg?text=QQ");
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        assertThat(svg.getHeader("Cache-Control")).contains("immutable");
        assertThat(svg.getContentAsString()).contains(">QQ</text>").contains("fill=\"hsl(");
        // the same code, the same colour; another code, most likely another
        assertThat(page("/catalog/icons/" + code + ".svg?text=QQ").getContentAsString())
                .isEqualTo(svg.getContentAsString());
        // the address cannot make the image say more than two letters, nor any markup
        String hostile = mvc.perform(get("/catalog/icons/x.svg").param("text", "<script>alert(1)</script>"))
                .andReturn().getResponse().getContentAsString();
        assertThat(hostile).doesNotContain("<script").contains(">SC</text>");
    }

    @Test
    void aPartnerHasAPublicPageWithItsDescriptionSupportAndSolutions() throws Exception {
        PartnerLogin partner = approvedPartner("pub");
        String code = fixture.publishedInEnglish(partner, "pub", "Wombat Workflows", "Automates routine deal steps.",
                "workflow", "integrations.telephony", "crm", "FREE");
        String path = "/partners/" + partner.code();
        // cached for anonymous visitors: the change of the profile below must show at once all the same
        assertThat(page(path).getContentAsString()).contains("Wombat Workflows").contains("1 app in the catalog");

        Api.Response saved = api.patch("/api/v1/partners/me", Map.of("description", "We automate sales teams.",
                "supportEmail", "help@" + partner.code().replace('_', '-') + ".example.com",
                "supportUrl", "https://help.example.com/"), partner.token());
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);

        String html = page(path).getContentAsString();
        assertThat(html).contains("We automate sales teams.").contains("mailto:help@")
                .contains("https://help.example.com/").contains("Test Company " + partner.code())
                .contains("/catalog/icons/" + partner.code() + ".svg?text=TC").contains("Wombat Workflows")
                .doesNotContain("+1 555 0123");
        // the solution page links it, with the partner's support beside the card's
        String app = page("/apps/" + code).getContentAsString();
        assertThat(app).contains("href=\"" + path + "\"").contains("mailto:help@").contains("Developer");

        Api.Response json = api.get("/api/v1/partners/" + partner.code(), null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.text("name")).isEqualTo("Test Company " + partner.code());
        assertThat(json.text("description")).isEqualTo("We automate sales teams.");
        assertThat(json.text("supportUrl")).isEqualTo("https://help.example.com/");
        assertThat(json.body().path("publishedSolutions").asLong()).isEqualTo(1);
        assertThat(json.body().has("phone")).isFalse();
        assertThat(api.get(json.text("solutionsUrl"), null).body().path("items").get(0).path("code").asString())
                .isEqualTo(code);

        // bad input names the field; a pending partner has no public page
        Api.Response bad = api.patch("/api/v1/partners/me", Map.of("supportEmail", "not an address",
                "supportUrl", "ftp://x"), partner.token());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.violations()).anyMatch(v -> v.startsWith("supportEmail")).anyMatch(v -> v.startsWith("supportUrl"));
        PartnerLogin pending = registerPartner("pending");
        assertThat(api.get("/api/v1/partners/" + pending.code(), null).status()).isEqualTo(404);
        assertThat(page("/partners/" + pending.code()).getStatus()).isEqualTo(404);
    }

    @Test
    void theSolutionPageNamesSimilarSolutionsPricingSupportAndWhatsNew() throws Exception {
        PartnerLogin partner = approvedPartner("sim");
        String first = fixture.addInEnglish(partner, "simone",
                CatalogFixture.text("Ibis Invoices", "Makes invoices from deals.", "invoices"),
                "integrations.telephony", "crm", "ADDITIONAL_PAID_FUNCTIONALITY");
        String second = fixture.addInEnglish(partner, "simtwo",
                CatalogFixture.text("Ibex Invoices", "Sends invoices by e-mail.", "invoices"),
                "integrations.telephony", "crm", "FREE");
        fixture.addImages(partner, second);
        fixture.publish(first);
        fixture.publish(second);

        String html = page("/apps/" + first).getContentAsString();
        String similar = html.substring(html.indexOf("id=\"similar-heading\""));
        assertThat(similar).contains("Ibex Invoices").doesNotContain("Ibis Invoices");
        assertThat(html).contains("The app is free to install; some functions are paid.")
                .contains("answers questions about this app").contains("support@example.com")
                .contains("First release");
        // screenshots open in the lightbox; without script they are links to the full image
        String withShots = page("/apps/" + second).getContentAsString();
        assertThat(withShots).contains("data-lightbox-item").contains("<dialog id=\"lightbox\"")
                .contains("width=\"355\"").contains("height=\"200\"");
    }

    @Test
    void theFiltersFoldAndNoPageUsesAnInvalidHtmxAttribute() throws Exception {
        String search = page("/search?q=anything").getContentAsString();
        assertThat(search).contains("<details id=\"filter-panel\"").contains("data-hx-get=\"/search\"");
        for (String path : List.of("/", "/search?q=x", "/register", "/login")) {
            assertThat(page(path).getContentAsString()).as(path).doesNotContainPattern("\\shx-[a-z]");
        }
    }

    @Test
    void thePreviewIsTheCatalogPageOfTheDraftForItsPartnerOnly() throws Exception {
        PartnerLogin partner = approvedPartner("prev");
        String code = fixture.addInEnglish(partner, "prev",
                CatalogFixture.text("Pelican Planner", "Plans visits from deals.", "planner"),
                "integrations.telephony", "crm", "FREE");
        MockHttpSession session = signIn(partner.email(), PASSWORD);

        MockHttpServletResponse preview = mvc.perform(get("/apps/" + code + "/preview").session(session)
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getHeader("X-Robots-Tag")).isEqualTo("noindex");
        assertThat(preview.getContentAsString()).contains("Pelican Planner").contains("class=\"souk-app\"")
                .contains("First release").contains("A preview of your draft")
                .doesNotContain(CatalogFixture.TEST_DATA);
        // the draft is not in the catalog, and nobody else sees its preview
        assertThat(page("/apps/" + code).getStatus()).isEqualTo(404);
        PartnerLogin other = approvedPartner("prevother");
        assertThat(mvc.perform(get("/apps/" + code + "/preview").session(signIn(other.email(), PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/apps/" + code + "/preview").getRedirectedUrl()).contains("/login");
    }
}
