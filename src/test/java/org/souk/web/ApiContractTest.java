package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The conventions of ../shared/api.md that hold for every operation: enum values in lower case (read in any
 * case), 401 with a challenge for a caller who is not signed in and 403 for one without the right, the
 * version card in the body of "add a version", and a 404 for what does not exist, page or API.
 */
class ApiContractTest extends IntegrationTest {

    @Test
    void enumValuesAreReadInAnyCaseAndWrittenInLowerCase() {
        String manager = adminToken();
        PartnerLogin partner = registerPartner("enums");
        for (String status : List.of("pending", "PENDING", "Pending")) {
            Api.Response pending = api.get("/api/v1/admin/partners?size=100&status=" + status, manager);
            assertThat(pending.status()).as(status + ": " + pending.body()).isEqualTo(200);
            assertThat(pending.body().path("items").findValuesAsString("code")).contains(partner.code());
            assertThat(pending.body().path("items").findValuesAsString("status")).containsOnly("pending");
        }

        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "enums", "region", "global",
                "type", "Rest_Api"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("draft");
        assertThat(created.text("type")).isEqualTo("rest_api");
        JsonNode detail = api.get("/api/v1/solutions/" + created.text("code"), partner.token()).body();
        assertThat(detail.path("solution").path("technologyType").asString()).isEqualTo("rest_api");
        assertThat(detail.path("solution").path("status").asString()).isEqualTo("draft");
    }

    @Test
    void aWrongEnumValueIsAProblemNamingTheFieldAndItsValues() {
        Api.Response query = api.get("/api/v1/admin/partners?status=waiting", adminToken());
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.contentType()).startsWith("application/problem+json");
        assertThat(query.body().path("violations").get(0).path("field").asString()).isEqualTo("status");
        assertThat(query.body().path("violations").get(0).path("message").asString())
                .contains("waiting").contains("pending, approved, rejected");

        PartnerLogin partner = registerPartner("badenum");
        Api.Response body = api.post("/api/v1/solutions", Map.of("appCode", "badenum", "region", "global",
                "type", "desktop"), partner.token());
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.contentType()).startsWith("application/problem+json");
        assertThat(body.body().path("violations").get(0).path("field").asString()).isEqualTo("type");
        assertThat(body.body().path("violations").get(0).path("message").asString())
                .contains("rest_api, solution_preset, smart_scripts, website_template, bi_report");
    }

    @Test
    void notSignedInIs401WithAChallengeAndSignedInWithoutTheRightIs403() {
        for (Api.Response anonymous : List.of(api.get("/api/v1/me", null), api.get("/api/v1/admin/partners", null),
                api.post("/api/v1/solutions", Map.of("appCode", "x", "region", "global", "type", "rest_api"), null),
                api.patch("/api/v1/partners/me", Map.of("companyName", "x"), null),
                api.delete("/api/v1/tokens/1", null))) {
            assertThat(anonymous.status()).as(anonymous.raw().request().uri().toString()).isEqualTo(401);
            assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).get().asString()
                    .startsWith("Bearer realm=\"souk\"");
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
        }
        Api.Response wrongToken = api.get("/api/v1/me", "souk_pat_not-a-token");
        assertThat(wrongToken.status()).isEqualTo(401);

        PartnerLogin partner = registerPartner("noright");
        Api.Response forbidden = api.get("/api/v1/admin/partners", partner.token());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.raw().headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void addingAVersionTakesTheVersionCardFromTheBody() {
        PartnerLogin partner = registerPartner("newver");
        String code = api.post("/api/v1/solutions", Map.of("appCode", "newver", "region", "global", "type",
                "REST_API"), partner.token()).text("code");
        String versions = "/api/v1/solutions/" + code + "/versions";

        Api.Response added = api.post(versions, Map.of("scopes", List.of("crm", "user_brief"), "ownPage", true,
                "appUrl", "https://app.example.com/v2", "whatsNew", Map.of("en", "Deals sync both ways")),
                partner.token());
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        assertThat(added.body().path("number").asInt()).isEqualTo(2);
        assertThat(added.body().path("scopes").toString()).isEqualTo("[\"crm\",\"user_brief\"]");
        assertThat(added.body().path("ownPage").asBoolean()).isTrue();
        assertThat(added.body().path("appUrl").asString()).isEqualTo("https://app.example.com/v2");
        assertThat(added.body().path("whatsNew").path("en").asString()).isEqualTo("Deals sync both ways");
        assertThat(api.get(versions + "/2", partner.token()).body().path("whatsNew").path("en").asString())
                .isEqualTo("Deals sync both ways");

        // the checks of PATCH, and nothing added when they fail
        Api.Response bad = api.post(versions, Map.of("scopes", List.of("everything"), "installerUrl", "not a url"),
                partner.token());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.violations()).containsExactlyInAnyOrder("scopes V-01", "installerUrl V-06");
        assertThat(api.get(versions, partner.token()).body().path("items")).hasSize(2);
        assertThat(api.get(versions, partner.token()).body().path("total").asLong()).isEqualTo(2);

        // no body: a copy of the latest version, "What's new" empty
        Api.Response copy = api.post(versions, null, partner.token());
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.body().path("appUrl").asString()).isEqualTo("https://app.example.com/v2");
        assertThat(copy.body().path("whatsNew").isEmpty()).isTrue();
    }

    /** Lists that grow are read a page at a time by the database: a later page's items, the total counted. */
    @Test
    void growingListsComePageByPageNewestFirst() {
        PartnerLogin partner = registerPartner("pages");
        String older = api.post("/api/v1/solutions", Map.of("appCode", "pages_one", "region", "global", "type",
                "REST_API"), partner.token()).text("code");
        api.post("/api/v1/solutions", Map.of("appCode", "pages_two", "region", "global", "type", "REST_API"),
                partner.token());
        JsonNode solutions = api.get("/api/v1/solutions?page=1&size=1", partner.token()).body();
        assertThat(solutions.path("items")).hasSize(1);
        assertThat(solutions.path("items").get(0).path("code").asString()).isEqualTo(older);
        assertThat(solutions.path("total").asLong()).isEqualTo(2);
        assertThat(solutions.path("totalPages").asInt()).isEqualTo(2);

        String versions = "/api/v1/solutions/" + older + "/versions";
        api.post(versions, null, partner.token());
        api.post(versions, null, partner.token());
        JsonNode second = api.get(versions + "?page=1&size=2", partner.token()).body();
        assertThat(second.path("items").findValues("number").stream().map(JsonNode::asInt).toList())
                .containsExactly(1);
        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(2);

        api.token(partner.email(), PASSWORD);
        api.token(partner.email(), PASSWORD);
        JsonNode tokens = api.get("/api/v1/tokens?size=2", partner.token()).body();
        assertThat(tokens.path("items")).hasSize(2);
        assertThat(tokens.path("total").asLong()).isEqualTo(3);
        assertThat(tokens.path("items").get(0).path("id").asLong())
                .isGreaterThan(tokens.path("items").get(1).path("id").asLong());
        assertThat(api.get("/api/v1/solutions/" + older + "/submissions?page=3", partner.token()).body()
                .path("items")).isEmpty();
    }

    @Test
    void anUnknownPageIsA404PageAndAnUnknownApiPathA404Problem() throws Exception {
        HttpResponse<String> page = get("/no-such-page/here", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("This page does not exist").contains("href=\"/\"").contains("Go to the catalog");

        Api.Response api404 = api.get("/api/v1/no-such-thing", null);
        assertThat(api404.status()).isEqualTo(404);
        assertThat(api404.contentType()).startsWith("application/problem+json");
        assertThat(api404.body().path("status").asInt()).isEqualTo(404);
        // a path that exists still asks who calls
        assertThat(api.get("/api/v1/solutions", null).status()).isEqualTo(401);
    }

    @Test
    void theSiteHasAnIcon() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).get().asString().containsAnyOf("icon", "ico");
        // the ICO header: reserved 0, type 1 (icon), at least one image
        assertThat(icon.body()).startsWith(0, 0, 1, 0).hasSizeGreaterThan(100);
        assertThat(icon.body()[4]).isPositive();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
