package org.souk.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;

/** Rules that saving enforces, through the API a partner's CI uses: S-02, S-03 and V-03, C-22, C-23. */
class RulesOnSaveTest extends IntegrationTest {

    @Test
    void aSolutionHasItsKeysAtOnceAndItsKindIsRecorded() {
        PartnerLogin partner = registerPartner("onsave");
        // S-02: client_id and client_secret at once, before any code exists
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "bi_board", "region", "global",
                "type", "BI_REPORT"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("clientId")).startsWith("app.");
        assertThat(created.text("clientSecret")).hasSizeGreaterThan(40);
        // S-03 and V-03: the technology type records the kind of solution; one outside the list is refused
        Api.Response solution = api.get("/api/v1/solutions/" + created.text("code"), partner.token());
        assertThat(solution.body().path("solution").path("technologyType").asString()).isEqualToIgnoringCase(
                "bi_report");
        Api.Response unknown = api.post("/api/v1/solutions", Map.of("appCode", "odd_kind", "region", "global",
                "type", "SPREADSHEET"), partner.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("type");
    }

    @Test
    void contactAndDemoLinksAndThePricingPolicyAreCheckedOnSave() {
        PartnerLogin partner = registerPartner("onsavecard");
        String code = api.post("/api/v1/solutions", Map.of("appCode", "links", "region", "global", "type",
                "REST_API"), partner.token()).text("code");
        // C-22: the optional contact and demo links are web addresses
        Api.Response links = api.patch("/api/v1/solutions/" + code + "/card", Map.of("contactUrl",
                "ftp://contact.example.com", "demoUrl", "not a link"), partner.token());
        assertThat(links.status()).isEqualTo(422);
        assertThat(links.violations()).anyMatch(v -> v.contains("contactUrl") && v.contains("C-22"))
                .anyMatch(v -> v.contains("demoUrl") && v.contains("C-22"));
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", Map.of("contactUrl",
                "https://contact.example.com/form", "demoUrl", "https://demo.example.com/"), partner.token())
                .status()).isEqualTo(200);
        // C-23: one of the three pricing policies
        Api.Response pricing = api.patch("/api/v1/solutions/" + code + "/card", Map.of("pricingPolicy",
                "pay_what_you_want"), partner.token());
        assertThat(pricing.status()).isEqualTo(400);
        assertThat(pricing.body().toString()).contains("pricingPolicy").contains("free");
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", Map.of("pricingPolicy",
                "external_service_paid"), partner.token()).body().path("pricingPolicy").asString())
                .isEqualToIgnoringCase("external_service_paid");
    }
}
