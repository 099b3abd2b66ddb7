package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.souk.solution.Listing;
import org.souk.solution.Revision;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest.PartnerLogin;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishes solutions the way the market does: a partner fills the card through the API, the draft is
 * frozen and the revision published (what the moderation module's approval does).
 */
final class CatalogFixture {

    static final String TEST_DATA = "SECRET-TEST-LOGIN moderator@example.com / not-for-customers";

    private final Api api;
    private final MockMvc mvc;
    private final Revisions revisions;

    CatalogFixture(Api api, MockMvc mvc, Revisions revisions) {
        this.api = api;
        this.mvc = mvc;
        this.revisions = revisions;
    }

    /** The card of a solution: texts per language, categories, tags, pricing. */
    record CardSpec(String appCode, Map<String, Map<String, String>> texts, List<String> categories,
            List<String> tags, String pricing) {
    }

    String add(PartnerLogin partner, CardSpec spec) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", spec.appCode(), "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String code = created.text("code");
        Api.Response card = api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", spec.texts(),
                "categories", spec.categories(), "tags", spec.tags(), "licenseUrl", "https://example.com/license",
                "privacyUrl", "https://example.com/privacy", "contactUrl", "https://example.com/contact",
                "pricingPolicy", spec.pricing(), "testData", TEST_DATA), partner.token());
        assertThat(card.status()).as(card.body().toString()).isEqualTo(200);
        Api.Response version = api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("scopes",
                List.of("crm", "user_brief"), "whatsNew", Map.of("en", "First release", "ru", "Первый выпуск")),
                partner.token());
        assertThat(version.status()).as(version.body().toString()).isEqualTo(200);
        return code;
    }

    /** A solution with an English card alone (title, short description, keywords), one category, one tag. */
    String addInEnglish(PartnerLogin partner, String appCode, Map<String, String> text, String category, String tag,
            String pricing) {
        return add(partner, new CardSpec(appCode, Map.of("en", text), List.of(category), List.of(tag), pricing));
    }

    /** {@link #addInEnglish} with the card's English texts, published at once. */
    String publishedInEnglish(PartnerLogin partner, String appCode, String title, String shortDescription,
            String keywords, String category, String tag, String pricing) {
        String code = addInEnglish(partner, appCode, text(title, shortDescription, keywords), category, tag, pricing);
        publish(code);
        return code;
    }

    void addImages(PartnerLogin partner, String code) throws Exception {
        String base = "/api/v1/solutions/" + code + "/card";
        upload(base + "/icon", HttpMethod.PUT, png(300, 300), partner.token(), null);
        upload(base + "/screenshots", HttpMethod.POST, png(1280, 720), partner.token(), "The dashboard of calls");
    }

    void addScreenshot(PartnerLogin partner, String code, int width, int height, String caption) throws Exception {
        upload("/api/v1/solutions/" + code + "/card/screenshots", HttpMethod.POST, png(width, height), partner.token(),
                caption);
    }

    Revision publish(String code, String... labels) {
        Revision revision = revisions.freeze(code);
        revisions.publish(revision.id(), List.of(labels));
        return revision;
    }

    Revision publishRecommended(String code) {
        return publish(code, Listing.RECOMMENDED);
    }

    private void upload(String path, HttpMethod method, byte[] content, String token, String caption)
            throws Exception {
        var request = multipart(method, path).file(new MockMultipartFile("file", "image.png", "image/png", content))
                .header("Authorization", "Bearer " + token);
        if (caption != null) {
            request = request.param("caption", caption);
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).isBetween(200, 201);
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color((x * 7) % 255, (y * 3) % 255, 110).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, String> text(String title, String shortDescription, String keywords) {
        return Map.of("title", title, "shortDescription", shortDescription, "fullDescription",
                "<p>" + shortDescription + " It works with <b>deals</b> and contacts.</p>", "keywords", keywords,
                "installation", "Open the app and connect your account.", "support",
                "support@example.com, Mon-Fri 9-18 UTC");
    }
}
