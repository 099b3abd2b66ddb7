package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.install.AppInstalled;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/** The solution page shows everything of the published card and version; browsing narrows and orders. */
class CatalogPageTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    CatalogFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CatalogFixture(api, mvc, revisions);
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theSolutionPageShowsThePublishedCardAndEveryPublishedVersion() throws Exception {
        PartnerLogin partner = approvedPartner("page");
        String code = fixture.add(partner, new CatalogFixture.CardSpec("page", Map.of(
                "en", CatalogFixture.text("Platypus Dialer", "Calls customers from the deal.", "dialer, calls"),
                "ru", CatalogFixture.text("Утконос-звонилка", "Звонит клиентам из сделки.", "звонки")),
                List.of("integrations.telephony"), List.of("telephony", "crm"), "EXTERNAL_SERVICE_PAID"));
        fixture.addImages(partner, code);
        fixture.publishRecommended(code);
        // version 2 is prepared and published; a third is only submitted and must not show
        api.post("/api/v1/solutions/" + code + "/versions", Map.of(), partner.token());
        api.patch("/api/v1/solutions/" + code + "/versions/2", Map.of("whatsNew", Map.of("en", "Calls from tasks too",
                "ru", "Звонки и из задач")), partner.token());
        fixture.publishRecommended(code);
        api.post("/api/v1/solutions/" + code + "/versions", Map.of(), partner.token());
        api.patch("/api/v1/solutions/" + code + "/versions/3", Map.of("whatsNew", Map.of("en", "Unreleased magic")),
                partner.token());
        revisions.freeze(code);

        String en = page("/apps/" + code, "en");
        assertThat(en).contains("Platypus Dialer").contains("Calls customers from the deal.")
                .contains("It works with <b>deals</b> and contacts.") // sanitized rich text, as it is
                .contains("Test Company " + partner.code()).contains("href=\"/partners/" + partner.code() + "\"")
                .contains("The dashboard of calls") // screenshot caption
                .contains("alt=\"Icon of Platypus Dialer\"")
                .contains("works with an external service that you pay for") // pricing in plain words
                .contains("can read and change CRM data").contains("can read users’ names and photos")
                .contains("Open the app and connect your account.").contains("support@example.com")
                .contains("https://example.com/license").contains("https://example.com/privacy")
                .contains("https://example.com/contact")
                .contains("Calls from tasks too").contains("First release").doesNotContain("Unreleased magic")
                .contains("Recommended").contains("href=\"/install/" + code + "\"")
                .contains("/catalog/categories/integrations.telephony").contains("/catalog/tags/telephony")
                .contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/apps/" + code + "\"")
                .contains("property=\"og:title\" content=\"Platypus Dialer\"")
                .contains("\"@type\":\"SoftwareApplication\"")
                .doesNotContain("SECRET-TEST-LOGIN");
        String ru = page("/apps/" + code, "ru");
        assertThat(ru).contains("Утконос-звонилка").contains("Звонки и из задач").contains("Первый выпуск")
                .contains("может читать и изменять данные CRM").contains("Установить");
    }

    @Test
    void visitorsNarrowByCategoryTagAndPricingAndOrderByNewestOrInstalls() throws Exception {
        PartnerLogin partner = approvedPartner("browse");
        String telephony = fixture.add(partner, new CatalogFixture.CardSpec("tel", Map.of("en",
                CatalogFixture.text("Marmot Telephony", "Telephony for deals.", "calls")),
                List.of("integrations.telephony"), List.of("telephony"), "FREE"));
        String sms = fixture.add(partner, new CatalogFixture.CardSpec("sms", Map.of("en",
                CatalogFixture.text("Marmot Texts", "SMS for deals.", "sms")),
                List.of("integrations.sms"), List.of("sms", "crm"), "ADDITIONAL_PAID_FUNCTIONALITY"));
        String bi = fixture.add(partner, new CatalogFixture.CardSpec("bi", Map.of("en",
                CatalogFixture.text("Marmot Reports", "Reports on deals.", "reports")),
                List.of("analytics.bi_reports"), List.of("reports", "crm"), "FREE"));
        fixture.publishRecommended(telephony);
        fixture.publish(sms, org.souk.solution.Listing.RECOMMENDED); // not telephony: no U-04 label
        fixture.publish(bi);
        String only = "partner=" + partner.code();

        assertThat(codes(only + "&category=integrations")).containsExactlyInAnyOrder(telephony, sms);
        assertThat(codes(only + "&category=integrations.sms")).containsExactly(sms);
        assertThat(codes(only + "&tag=crm")).containsExactlyInAnyOrder(sms, bi);
        assertThat(codes(only + "&tag=crm&category=analytics")).containsExactly(bi);
        assertThat(codes(only + "&pricing=free")).containsExactlyInAnyOrder(telephony, bi);
        assertThat(codes(only + "&recommended=true")).containsExactly(telephony);
        assertThat(codes(only + "&technology=REST_API&region=global")).hasSize(3);
        assertThat(codes(only + "&q=deals&sort=newest")).containsExactly(bi, sms, telephony);

        // installations on customers' accounts order "most installed"; a test account's do not count
        install(sms, false);
        install(sms, false);
        install(bi, false);
        install(telephony, true);
        // the counts arrive after each installation commits, in the background
        long deadline = System.currentTimeMillis() + 10_000;
        while (!codes(only + "&sort=installs").equals(List.of(sms, bi, telephony))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(codes(only + "&sort=installs")).containsExactly(sms, bi, telephony);
        assertThat(api.get("/api/v1/catalog/solutions/" + sms, null).body().path("installs").asLong()).isEqualTo(2);

        Api.Response bad = api.get("/api/v1/catalog/solutions?category=nope&sort=best&size=1000", null);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.violations()).containsExactlyInAnyOrder("category ", "sort ", "size ");

        // the pages: category, tag and partner pages, the home page with its counts
        assertThat(page("/catalog/categories/integrations.sms?partner=" + partner.code(), "en"))
                .contains("Marmot Texts").doesNotContain("Marmot Reports");
        assertThat(page("/catalog/tags/reports", "en")).contains("Marmot Reports");
        assertThat(page("/partners/" + partner.code(), "en")).contains("Marmot Texts").contains("Marmot Reports")
                .contains("Test Company " + partner.code());
        // the partner's page in pages of one: the pager stays on that page and keeps the page size
        String pagedFirst = page("/partners/" + partner.code() + "?size=1", "en");
        assertThat(pagedFirst).containsPattern("class=\"page-link\" href=\"\\?page=1[^\"]*size=1\"")
                .doesNotContain("href=\"/search?");
        assertThat(page("/partners/" + partner.code() + "?page=1&size=1", "en")).contains("Page 2 of");
        assertThat(page("/", "en")).contains("Categories").contains("Marmot Telephony");
        assertThat(page("/", "ru")).contains("Категории");
        assertThat(page("/search?q=marmot+texts&partner=" + partner.code(), "en")).contains("Marmot Texts");
        assertThat(page("/search?q=qqzzxxvvbb", "en")).contains("Nothing found for").contains("checking the spelling");
        assertThat(page("/search/suggestions?q=marm", "en")).contains("Marmot");
        assertThat(page("/search/suggestions?q=telep", "en")).contains("Telephony");
    }

    private void install(String code, boolean testAccount) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new AppInstalled(code, "member-" + code, code + ".example.com", 1, testAccount, java.time.Instant.now())));
    }

    private List<String> codes(String query) {
        Api.Response found = api.get("/api/v1/catalog/solutions?" + query, null);
        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>();
        for (JsonNode item : found.body().path("items")) {
            codes.add(item.path("code").asString());
        }
        return codes;
    }
}
