package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * Only what is listed is shown, everywhere at once: a hidden or removed solution leaves the page, the API,
 * search, the sitemap and its images in the transaction that hid it, and comes back as it is shown again;
 * the moderator's test data is never in any output (C-24).
 */
class CatalogVisibilityTest extends CatalogTest {

    /** Everything a visitor or a crawler can read about the solution, concatenated. */
    private String everything(String code, String partner, String word) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String path : List.of("/apps/" + code, "/", "/search?q=" + word, "/partners/" + partner,
                "/sitemap.xml", "/catalog/categories/integrations", "/search/suggestions?q=" + word)) {
            all.append(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
        }
        for (String path : List.of("/api/v1/catalog/solutions/" + code, "/api/v1/catalog/solutions?q=" + word,
                "/api/v1/catalog/solutions?partner=" + partner)) {
            all.append(api.get(path, null).raw().body());
        }
        return all.toString();
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    @Test
    void hiddenAndRemovedSolutionsAreGoneEverywhereAtOnce() throws Exception {
        PartnerLogin partner = approvedPartner("vis");
        String code = fixture.addInEnglish(partner, "tracker",
                CatalogFixture.text(title(partner), "Tracks calls of the " + word(partner) + " line.",
                        word(partner) + ", calls"),
                "integrations.telephony", "telephony", "FREE");
        fixture.addImages(partner, code);
        assertThat(status("/apps/" + code)).isEqualTo(404);

        fixture.publish(code);
        String shown = everything(code, partner.code(), word(partner));
        assertThat(shown).contains(title(partner)).contains("/apps/" + code + "</loc>")
                .doesNotContain("SECRET-TEST-LOGIN").doesNotContain("not-for-customers");
        JsonNode detail = api.get("/api/v1/catalog/solutions/" + code, null).body();
        String icon = detail.path("iconUrl").asString();
        assertThat(mvc.perform(get(icon)).andReturn().getResponse().getContentType()).isEqualTo("image/png");

        // the partner unticks "Available in the catalog" (U-02)
        api.put("/api/v1/solutions/" + code + "/catalog-visibility", Map.of("available", false), partner.token());
        assertGone(code, partner, icon);
        api.put("/api/v1/solutions/" + code + "/catalog-visibility", Map.of("available", true), partner.token());
        assertThat(everything(code, partner.code(), word(partner))).contains(title(partner));

        // a moderator takes it down (M-06), then reinstates it
        revisions.remove(code, "Breaks the rules");
        assertGone(code, partner, icon);
        revisions.reinstate(code);
        assertThat(everything(code, partner.code(), word(partner))).contains(title(partner));
        assertThat(status(icon)).isEqualTo(200);
    }

    /** A word and a title of this partner's alone: the pages list every solution of the database. */
    private static String word(PartnerLogin partner) {
        return "quokkaphone" + partner.code().replace("_", "");
    }

    private static String title(PartnerLogin partner) {
        return "Q" + word(partner).substring(1) + " Tracker";
    }

    private void assertGone(String code, PartnerLogin partner, String icon) throws Exception {
        assertThat(everything(code, partner.code(), word(partner))).doesNotContain(title(partner))
                .doesNotContain("/apps/" + code);
        assertThat(status("/apps/" + code)).isEqualTo(404);
        assertThat(api.get("/api/v1/catalog/solutions/" + code, null).status()).isEqualTo(404);
        assertThat(status(icon)).isEqualTo(404);
    }

    @Test
    void anUnpublishedDraftAndItsImagesAreNeverShown() throws Exception {
        PartnerLogin partner = approvedPartner("draft");
        String code = fixture.addInEnglish(partner, "draftonly",
                CatalogFixture.text("Wombatfax Draft", "Never published.", "wombatfax"),
                "integrations.sms", "sms", "FREE");
        fixture.addImages(partner, code);
        String iconKey = api.get("/api/v1/solutions/" + code + "/card", partner.token()).text("iconKey");
        assertThat(status("/apps/" + code + "/media/" + iconKey)).isEqualTo(404);
        assertThat(everything(code, partner.code(), "wombatfax")).doesNotContain("Wombatfax");
    }

    @Test
    void theApiAnswersWithAnEtagAndNotModified() throws Exception {
        PartnerLogin partner = approvedPartner("etag");
        String code = fixture.publishedInEnglish(partner, "cached", "Etag Example", "Cached by clients.", "etag",
                "integrations.sms", "sms", "FREE");
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/catalog/solutions/" + code);
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache").contains("public");
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // a publication changes the answer, so the old ETag no longer matches
        revisions.remove(code, "Gone");
        HttpResponse<String> gone = client.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gone.statusCode()).isEqualTo(404);
        MvcResult robots = mvc.perform(get("/robots.txt")).andReturn();
        assertThat(robots.getResponse().getContentAsString()).contains("Sitemap: ").contains("/sitemap.xml");
    }

    private HttpResponse<String> fetch(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesSitemapAndImagesAreRevalidatedAndAPublicationChangesThemOnTheNextRequest() throws Exception {
        PartnerLogin partner = approvedPartner("gen");
        String code = fixture.addInEnglish(partner, "generation",
                CatalogFixture.text(title(partner), "Tracks calls of the " + word(partner) + " line.",
                        word(partner)),
                "integrations.telephony", "telephony", "FREE");
        fixture.addImages(partner, code);
        fixture.publish(code);
        for (String path : List.of("/search?q=" + word(partner), "/apps/" + code, "/partners/" + partner.code(),
                "/api/v1/catalog/solutions?q=" + word(partner), "/api/v1/catalog/solutions/" + code, "/sitemap.xml")) {
            HttpResponse<String> first = fetch(path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.body()).as(path).contains(code);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(path).contains("no-cache")
                    .contains("public");
            // anonymous catalog pages are the same for everyone: no session
            assertThat(first.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            HttpResponse<String> again = fetch(path, etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            HttpResponse<String> kept = fetch(path, null);
            assertThat(kept.body()).as(path).isEqualTo(first.body());
            assertThat(kept.headers().firstValue("ETag")).as(path).contains(etag);
        }
        String search = "/search?q=" + word(partner);
        String etag = fetch(search, null).headers().firstValue("ETag").orElseThrow();
        String icon = api.get("/api/v1/catalog/solutions/" + code, null).body().path("iconUrl").asString();
        HttpResponse<String> image = fetch(icon, null);
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(fetch(icon, image.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
        // thumbnails at twice their slot: a tile's 64x64 icon, a screenshot 200 pixels high on the solution page
        JsonNode tile = api.get("/api/v1/catalog/solutions?q=" + word(partner), null).body().path("items").get(0);
        assertThat(size(tile.path("iconUrl").asString())).isEqualTo(new Dimension(128, 128));
        JsonNode shot = api.get("/api/v1/catalog/solutions/" + code, null).body().path("screenshots").get(0);
        assertThat(size(shot.path("thumbnailUrl").asString())).isEqualTo(new Dimension(711, 400));

        // hidden: the next request, with the old ETag or without, no longer shows it (U-03)
        api.put("/api/v1/solutions/" + code + "/catalog-visibility", Map.of("available", false), partner.token());
        HttpResponse<String> hidden = fetch(search, etag);
        assertThat(hidden.statusCode()).isEqualTo(200);
        assertThat(hidden.body()).doesNotContain(title(partner));
        assertThat(fetch("/apps/" + code, null).statusCode()).isEqualTo(404);
        assertThat(fetch("/sitemap.xml", null).body()).doesNotContain("/apps/" + code);
        assertThat(fetch(icon, image.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(404);
    }

    private Dimension size(String path) throws Exception {
        byte[] bytes = mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return new Dimension(image.getWidth(), image.getHeight());
    }

}
