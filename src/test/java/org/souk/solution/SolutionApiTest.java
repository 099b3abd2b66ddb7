package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The developer's area through the API: solutions, keys, both cards, media, versions, the revision model. */
class SolutionApiTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    @Autowired
    JsonMapper json;

    private String addSolution(PartnerLogin partner, String appCode) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("code");
    }

    static byte[] png(int width, int height, boolean transparent) throws IOException {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, transparent && x < width / 2 ? 0x00FFFFFF : new Color(20, 120, 110).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private JsonNode upload(String path, HttpMethod method, String field, String fileName, byte[] content,
            String token, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(multipart(method, path).file(new MockMultipartFile(field, fileName,
                "application/octet-stream", content)).header("Authorization", "Bearer " + token)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
                .isEqualTo(expectedStatus);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static List<String> violations(JsonNode problem) {
        List<String> found = new ArrayList<>();
        for (JsonNode v : problem.path("violations")) {
            found.add(v.path("field").asString() + " " + v.path("rule").asString());
        }
        return found;
    }

    @Test
    void addingASolutionGivesKeysAndFreezesThePartnerCode() {
        PartnerLogin partner = registerPartner("sol");
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "CRM_Sync", "region", "global",
                "type", "REST_API"), partner.token());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("code")).isEqualTo(partner.code() + ".crm_sync");
        assertThat(created.text("clientId")).matches("app\\.[0-9a-f]{14}\\.[0-9]{8}");
        assertThat(created.text("clientSecret")).hasSizeGreaterThan(40);
        assertThat(created.text("status")).isEqualTo("draft");
        // the secret is never shown again
        assertThat(api.get("/api/v1/solutions/" + created.text("code"), partner.token()).body().toString())
                .doesNotContain(created.text("clientSecret"));
        // P-03: the partner code is frozen now
        Api.Response rename = api.patch("/api/v1/partners/me", Map.of("partnerCode", uniqueCode("late")),
                partner.token());
        assertThat(rename.status()).isEqualTo(409);
        assertThat(rename.text("rule")).isEqualTo("P-03");

        Api.Response twice = api.post("/api/v1/solutions", Map.of("appCode", "crm_sync", "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(twice.violations()).containsExactly("appCode S-01");
        Api.Response bad = api.post("/api/v1/solutions", Map.of("appCode", "9 bad", "region", "mars"), partner.token());
        assertThat(bad.violations()).containsExactlyInAnyOrder("appCode S-01", "region S-01",
                "type V-03");

        Api.Response rotated = api.post("/api/v1/solutions/" + created.text("code") + "/client-secret", Map.of(),
                partner.token());
        assertThat(rotated.text("clientSecret")).isNotEqualTo(created.text("clientSecret"));
        assertThat(rotated.text("clientId")).isEqualTo(created.text("clientId"));
    }

    @Test
    void solutionsAddedAtOnceByANewPartnerAreAllCreated() throws Exception {
        // found by issue 12's soak: the first solutions, added at once, each froze the partner code; one answered 500
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                PartnerLogin partner = registerPartner("par");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Map<String, Object> request = Map.of("appCode", "app" + i, "region", "global", "type", "REST_API");
                    answers.add(threads.submit(() -> {
                        start.await();
                        return api.post("/api/v1/solutions", request, partner.token());
                    }));
                }
                start.countDown();
                for (Future<Api.Response> answer : answers) {
                    assertThat(answer.get().status()).as(answer.get().body().toString()).isEqualTo(201);
                }
                assertThat(api.patch("/api/v1/partners/me", Map.of("partnerCode", uniqueCode("late")), partner.token())
                        .text("rule")).isEqualTo("P-03");
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void theCardIsFilledInTwoLanguagesAndKeepsItsLimits() {
        PartnerLogin partner = registerPartner("card");
        String code = addSolution(partner, "deals");
        Map<String, Object> texts = Map.of(
                "en", Map.of("title", "Deal Sync", "shortDescription", "Syncs deals with an external ledger.",
                        "fullDescription", "<p>Syncs <b>deals</b>.<script>alert(1)</script></p>"
                                + "<a href=\"javascript:alert(2)\">x</a><a href=\"https://example.com\">site</a>",
                        "keywords", "deals, sync, ledger", "installation", "Open the app and connect.",
                        "support", "support@example.com, Mon-Fri 9-18"),
                "ru", Map.of("title", "Синхронизация сделок", "shortDescription", "Синхронизирует сделки."));
        Api.Response saved = api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", texts,
                "categories", List.of("integrations.telephony"), "tags", List.of("crm"),
                "licenseUrl", "https://example.com/license", "privacyUrl", "https://example.com/privacy",
                "pricingPolicy", "FREE", "testData", "login demo / password demo"), partner.token());
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);

        JsonNode card = api.get("/api/v1/solutions/" + code + "/card", partner.token()).body();
        assertThat(card.path("texts").path("ru").path("title").asString()).isEqualTo("Синхронизация сделок");
        assertThat(card.path("texts").path("en").path("keywords").asString()).isEqualTo("deals, sync, ledger");
        String description = card.path("texts").path("en").path("fullDescription").asString();
        assertThat(description).contains("<b>deals</b>").doesNotContain("script").doesNotContain("javascript")
                .contains("https://example.com").contains("nofollow");
        assertThat(card.path("testData").asString()).isEqualTo("login demo / password demo");

        // a partial update keeps the rest
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title", "Deal Sync 2"))),
                partner.token());
        JsonNode after = api.get("/api/v1/solutions/" + code + "/card", partner.token()).body();
        assertThat(after.path("texts").path("en").path("title").asString()).isEqualTo("Deal Sync 2");
        assertThat(after.path("texts").path("en").path("support").asString()).startsWith("support@");
        assertThat(after.path("licenseUrl").asString()).isEqualTo("https://example.com/license");

        // a language without any text is not kept, and can be filled later
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("fr", Map.of())),
                partner.token()).body().path("texts").has("fr")).isFalse();
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("fr",
                Map.of("title", "Synchronisation"))), partner.token()).body().path("texts").path("fr").path("title")
                .asString()).isEqualTo("Synchronisation");

        Api.Response tooMany = api.patch("/api/v1/solutions/" + code + "/card", Map.of(
                "categories", List.of("a", "b", "c", "d", "e", "f"), "tags", List.of("nope"),
                "licenseUrl", "ftp://example.com", "texts", Map.of("xx", Map.of("title", "?"),
                        "en", Map.of("keywords", "k".repeat(2001)))), partner.token());
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.violations()).contains("categories C-02", "tags C-10",
                "licenseUrl C-21", "texts.xx C-11", "texts.en.keywords C-16");
        assertThat(api.get("/api/v1/solutions/" + code + "/card", partner.token()).body().path("texts").path("en")
                .path("title").asString()).isEqualTo("Deal Sync 2");
    }

    @Test
    void iconsAndScreenshotsFollowC19AndC20() throws Exception {
        PartnerLogin partner = registerPartner("media");
        String code = addSolution(partner, "pics");
        String base = "/api/v1/solutions/" + code + "/card";

        JsonNode transparent = upload(base + "/icon", HttpMethod.PUT, "file", "icon.png", png(300, 300, true),
                partner.token(), 422);
        assertThat(violations(transparent)).containsExactly("icon C-19");
        assertThat(transparent.path("violations").get(0).path("message").asString()).contains("transparent");
        JsonNode huge = upload(base + "/icon", HttpMethod.PUT, "file", "icon.png", png(2000, 2000, false),
                partner.token(), 422);
        assertThat(violations(huge)).containsExactly("icon C-19");
        assertThat(huge.path("violations").get(0).path("message").asString()).contains("2000x2000");
        JsonNode notAnImage = upload(base + "/icon", HttpMethod.PUT, "file", "icon.png", "GIF89a...".getBytes(),
                partner.token(), 422);
        assertThat(violations(notAnImage)).containsExactly("icon C-19");

        JsonNode withIcon = upload(base + "/icon", HttpMethod.PUT, "file", "icon.png", png(300, 300, false),
                partner.token(), 200);
        String iconKey = withIcon.path("iconKey").asString();
        assertThat(iconKey).matches("[0-9a-f]{64}");
        assertThat(withIcon.path("iconThumbKey").asString()).matches("[0-9a-f]{64}").isNotEqualTo(iconKey);
        byte[] served = mvc.perform(get("/api/v1/solutions/" + code + "/media/" + iconKey)
                .header("Authorization", "Bearer " + partner.token())).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(png(300, 300, false));

        JsonNode wide = upload(base + "/screenshots", HttpMethod.POST, "file", "wide.jpg", jpeg(1920, 1080),
                partner.token(), 422);
        assertThat(violations(wide)).containsExactly("screenshot C-20");
        upload(base + "/screenshots", HttpMethod.POST, "file", "one.jpg", jpeg(1280, 720), partner.token(), 201);
        JsonNode two = upload(base + "/screenshots", HttpMethod.POST, "file", "two.png", png(640, 360, false),
                partner.token(), 201);
        long first = two.path("screenshots").get(0).path("id").asLong();
        long second = two.path("screenshots").get(1).path("id").asLong();
        JsonNode reordered = api.put(base + "/screenshots/order", Map.of("ids", List.of(second, first)),
                partner.token()).body();
        assertThat(reordered.path("screenshots").get(0).path("id").asLong()).isEqualTo(second);
        api.patch(base + "/screenshots/" + first, Map.of("caption", "The deal list"), partner.token());
        JsonNode removed = api.delete(base + "/screenshots/" + second, partner.token()).body();
        assertThat(removed.path("screenshots")).hasSize(1);
        assertThat(removed.path("screenshots").get(0).path("caption").asString()).isEqualTo("The deal list");

        // another partner sees none of it
        PartnerLogin other = registerPartner("media");
        assertThat(mvc.perform(get("/api/v1/solutions/" + code + "/media/" + iconKey)
                .header("Authorization", "Bearer " + other.token())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void versionsKeepTheirHistoryAndArchivesAreCheckedSafely() throws Exception {
        PartnerLogin partner = registerPartner("ver");
        String code = addSolution(partner, "versions");
        String base = "/api/v1/solutions/" + code + "/versions";

        Api.Response saved = api.patch(base + "/1", Map.of("scopes", List.of("crm", "user_brief", "placement"),
                "ownPage", true, "placements", List.of("CRM_DEAL_DETAIL_TAB"), "installableWithoutAdmin", true,
                "appUrl", "https://app.example.com/", "handlerUrl", "https://app.example.com/install",
                "whatsNew", Map.of("en", "First release")), partner.token());
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        assertThat(saved.body().path("scopes").toString()).isEqualTo("[\"crm\",\"placement\",\"user_brief\"]");

        Api.Response badScope = api.patch(base + "/1", Map.of("scopes", List.of("everything"),
                "installerUrl", "not a url"), partner.token());
        assertThat(badScope.violations()).containsExactlyInAnyOrder("scopes V-01",
                "installerUrl V-06");

        byte[] zip = zip("index.html", "app.js");
        upload(base + "/1/archive", HttpMethod.PUT, "file", "static-app.zip", zip, partner.token(), 200);
        JsonNode slip = upload(base + "/1/archive", HttpMethod.PUT, "file", "evil.zip", zip("../../etc/passwd"),
                partner.token(), 422);
        assertThat(violations(slip)).containsExactly("archive V-05");
        JsonNode badName = upload(base + "/1/archive", HttpMethod.PUT, "file", "my app.zip", zip, partner.token(), 422);
        assertThat(violations(badName)).containsExactly("archive V-05");

        Api.Response second = api.post(base, Map.of(), partner.token());
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("number").asInt()).isEqualTo(2);
        assertThat(second.body().path("scopes").toString()).isEqualTo("[\"crm\",\"placement\",\"user_brief\"]");
        assertThat(second.body().path("archiveName").asString()).isEqualTo("static-app.zip");
        assertThat(second.body().path("whatsNew").isEmpty()).isTrue();

        Api.Response old = api.patch(base + "/1", Map.of("ownPage", false), partner.token());
        assertThat(old.status()).isEqualTo(409);
        assertThat(old.text("rule")).isEqualTo("S-10");
        JsonNode history = api.get(base, partner.token()).body().path("items");
        assertThat(history.get(0).path("number").asInt()).isEqualTo(2);
        assertThat(history.get(1).path("whatsNew").path("en").asString()).isEqualTo("First release");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).getBytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A solution released for years: its detail stays small, and every revision is still there, a page at a time. */
    @Test
    void theDetailEmbedsTheNewestRevisionsAndTheirPagesAreThePartnersOwn() {
        PartnerLogin partner = registerPartner("many");
        String code = addSolution(partner, "manyrevisions");
        for (int i = 1; i <= 23; i++) {
            api.patch("/api/v1/solutions/" + code + "/card",
                    Map.of("texts", Map.of("en", Map.of("title", "Release " + i))), partner.token());
            revisions.publish(revisions.freeze(code).id());
        }

        JsonNode detail = api.get("/api/v1/solutions/" + code, partner.token()).body();
        assertThat(detail.path("revisions")).hasSize(20);
        assertThat(detail.path("revisionsTotal").asLong()).isEqualTo(23);
        assertThat(title(detail.path("revisions").get(0))).isEqualTo("Release 23");
        assertThat(detail.path("versionsTotal").asLong()).isEqualTo(detail.path("versions").size());

        Api.Response last = api.get("/api/v1/solutions/" + code + "/revisions?page=1&size=20", partner.token());
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body().path("total").asLong()).isEqualTo(23);
        assertThat(last.body().path("items")).hasSize(3);
        assertThat(title(last.body().path("items").get(2))).isEqualTo("Release 1");
        assertThat(api.get("/api/v1/solutions/" + code + "/revisions?size=500", partner.token()).body().path("size")
                .asInt()).isEqualTo(50);

        PartnerLogin other = registerPartner("nosy");
        assertThat(api.get("/api/v1/solutions/" + code + "/revisions", other.token()).status()).isEqualTo(404);
    }

    private static String title(JsonNode revision) {
        return revision.path("draft").path("card").path("texts").path("en").path("title").asString();
    }

    @Test
    void theRevisionModelFreezesPublishesAndProtectsWhatPassedModeration() {
        PartnerLogin partner = registerPartner("rev");
        String code = addSolution(partner, "revisions");
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title", "Before"))),
                partner.token());

        Revision frozen = revisions.freeze(code);
        assertThat(frozen.draft().card().texts().get("en").title()).isEqualTo("Before");
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("solution").path("status")
                .asString()).isEqualTo("on_moderation");
        Api.Response readOnly = api.patch("/api/v1/solutions/" + code + "/card",
                Map.of("texts", Map.of("en", Map.of("title", "During"))), partner.token());
        assertThat(readOnly.status()).isEqualTo(409);
        assertThat(readOnly.text("rule")).isEqualTo("S-08");
        assertThat(api.delete("/api/v1/solutions/" + code, partner.token()).status()).isEqualTo(409);

        revisions.publish(frozen.id()); // what the moderation issue's approval will do
        JsonNode detail = api.get("/api/v1/solutions/" + code, partner.token()).body();
        assertThat(detail.path("solution").path("status").asString()).isEqualTo("published");
        assertThat(detail.path("published").path("draft").path("card").path("texts").path("en").path("title")
                .asString()).isEqualTo("Before");

        // S-09: the moderated version never changes
        Api.Response moderated = api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("ownPage", true),
                partner.token());
        assertThat(moderated.status()).isEqualTo(409);
        assertThat(moderated.text("rule")).isEqualTo("S-09");
        // S-07: editing the draft of a published solution prepares a new publication; users keep the old card
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title", "After"))),
                partner.token());
        JsonNode edited = api.get("/api/v1/solutions/" + code, partner.token()).body();
        assertThat(edited.path("solution").path("status").asString()).isEqualTo("prepare_for_publishing");
        assertThat(revisions.published(code).orElseThrow().draft().card().texts().get("en").title())
                .isEqualTo("Before");
        assertThat(edited.path("changes").size()).isGreaterThanOrEqualTo(3);
        // what changed since the publication, as a moderator will see it
        JsonNode diff = api.get("/api/v1/solutions/" + code + "/diff", partner.token()).body();
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).path("field").asString()).isEqualTo("card.texts.en.title");
        assertThat(diff.get(0).path("words").toString()).contains("\"removed\",\"text\":\"Before\"")
                .contains("\"added\",\"text\":\"After\"");

        // S-06: published means never deleted; it leaves the catalog through the visibility box
        Api.Response delete = api.delete("/api/v1/solutions/" + code, partner.token());
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.text("rule")).isEqualTo("S-06");
        Api.Response hidden = api.put("/api/v1/solutions/" + code + "/catalog-visibility", Map.of("available", false),
                partner.token());
        assertThat(hidden.text("status")).isEqualTo("hidden");
    }

    @Test
    void aNeverPublishedSolutionIsDeletedAndRegionsAreAdded() {
        PartnerLogin partner = registerPartner("del");
        String code = addSolution(partner, "gone");
        Api.Response region = api.post("/api/v1/solutions/" + code + "/regions", Map.of("region", "ru"),
                partner.token());
        assertThat(region.body().path("regions").toString()).isEqualTo("[\"global\",\"ru\"]");
        assertThat(api.post("/api/v1/solutions/" + code + "/regions", Map.of("region", "ru"), partner.token()).status())
                .isEqualTo(409);
        Api.Response visibility = api.put("/api/v1/solutions/" + code + "/catalog-visibility",
                Map.of("available", false), partner.token());
        assertThat(visibility.status()).isEqualTo(409);

        assertThat(api.delete("/api/v1/solutions/" + code, partner.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).status()).isEqualTo(404);
    }

    @Test
    void anotherPartnerReachesNoneOfIt() {
        PartnerLogin owner = registerPartner("own");
        String code = addSolution(owner, "private_app");
        PartnerLogin other = registerPartner("oth");
        String token = other.token();

        for (Api.Response response : List.of(api.get("/api/v1/solutions/" + code, token),
                api.get("/api/v1/solutions/" + code + "/card", token),
                api.patch("/api/v1/solutions/" + code + "/card", Map.of("testData", "x"), token),
                api.get("/api/v1/solutions/" + code + "/versions/1", token),
                api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("ownPage", true), token),
                api.post("/api/v1/solutions/" + code + "/versions", Map.of(), token),
                api.post("/api/v1/solutions/" + code + "/client-secret", Map.of(), token),
                api.post("/api/v1/solutions/" + code + "/regions", Map.of("region", "ru"), token),
                api.delete("/api/v1/solutions/" + code, token))) {
            assertThat(response.status()).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/solutions", token).body().toString()).doesNotContain(code);
        assertThat(api.get("/api/v1/solutions/" + code + "/card", owner.token()).status()).isEqualTo(200);
        // staff are no partners: the developer's area is not theirs
        assertThat(api.get("/api/v1/solutions/" + code, adminToken()).status()).isEqualTo(404);
    }
}
