package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;

/** What every deployment relies on: the API documentation, health and metrics, languages, regions. */
class PlatformTest extends IntegrationTest {

    @Test
    void theOpenApiDocumentDescribesThePathsOfTheApiOutline() {
        Api.Response doc = api.get("/v3/api-docs", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("paths").propertyNames()).contains("/api/v1/tokens", "/api/v1/tokens/{id}",
                "/api/v1/me", "/api/v1/partners", "/api/v1/partners/me", "/api/v1/partners/me/users",
                "/api/v1/partners/me/legal-entity", "/api/v1/partners/me/regions/{region}/sales-terms",
                "/api/v1/partners/me/regions/{region}/agreements",
                "/api/v1/partners/me/regions/{region}/agreements/{id}/acceptance", "/api/v1/admin/partners",
                "/api/v1/admin/partners/{code}/approval", "/api/v1/admin/partners/{code}/rejection",
                "/api/v1/catalog/regions");
        assertThat(api.get("/api-docs", null).status()).isIn(200, 302);
    }

    @Test
    void healthAndPrometheusMetricsAnswer() throws Exception {
        assertThat(api.get("/actuator/health", null).text("status")).isEqualTo("UP");
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
        // the other actuator endpoints are for administrators
        assertThat(api.get("/actuator/metrics", null).status()).isNotEqualTo(200);
    }

    @Test
    void pagesSpeakEnglishAndRussian() throws Exception {
        mvc.perform(get("/register").header("Accept-Language", "ru-RU,ru;q=0.9")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"ru\"")))
                .andExpect(content().string(Matchers.containsString("Партнёрский код")));
        mvc.perform(get("/register").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Partner code")));
        mvc.perform(get("/register").header("Accept-Language", "ja")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"en\"")));
    }

    @Test
    void administratorsAddRegionsThatPartnersThenSee() {
        String admin = adminToken();
        String code = uniqueCode("reg");
        Api.Response bad = api.post("/api/v1/admin/regions", Map.of("code", "X!", "name", "", "mandatoryLanguage", "xx"),
                admin);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().path("violations")).hasSize(3);

        Api.Response added = api.post("/api/v1/admin/regions", Map.of("code", code, "name", "Germany",
                "mandatoryLanguage", "de"), admin);
        assertThat(added.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/catalog/regions", null).body().toString()).contains(code);
        PartnerLogin partner = registerPartner("region");
        assertThat(api.get("/api/v1/partners/me/regions", partner.token()).body().toString()).contains(code);
        assertThat(api.post("/api/v1/admin/regions", Map.of("code", code, "name", "Again", "mandatoryLanguage", "de"),
                admin).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/admin/regions", Map.of("code", "zz", "name", "Z", "mandatoryLanguage", "de"),
                partner.token()).status()).isEqualTo(403);
    }
}
