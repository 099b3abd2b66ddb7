package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner's logo: uploaded by an owner through the API and on the profile page, shown on the partner page (and in
 * its public API) as thumbnails at twice their slots, replaced by the placeholder when removed; a bad file is refused
 * with a message that names the field as the page labels it, in English and Russian, and changes nothing.
 */
class PartnerLogoTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    /** A logo twice as wide as high, as many are: a teal band on white. */
    static byte[] logo(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(11, 122, 117));
        g.fillRect(width / 8, height / 4, width * 3 / 4, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private MvcResult upload(byte[] content, String token, String language) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/partners/me/logo")
                .file(new MockMultipartFile("file", "logo.png", "image/png", content))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)).andReturn();
    }

    private BufferedImage image(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Cache-Control")).contains("immutable").contains("public");
        return ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    @Test
    void anOwnerUploadsALogoThroughTheApiAndThePartnerPageShowsIt() throws Exception {
        PartnerLogin partner = approvedPartner("logoapi");
        String placeholder = api.get("/api/v1/partners/" + partner.code(), null).text("logoUrl");
        assertThat(placeholder).startsWith("/catalog/icons/" + partner.code() + ".svg");

        MvcResult uploaded = upload(logo(600, 300, "jpg"), partner.token(), "en");
        assertThat(uploaded.getResponse().getStatus()).as(uploaded.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode me = json.readTree(uploaded.getResponse().getContentAsString());
        String logoUrl = me.path("logoUrl").asString();
        String smallLogoUrl = me.path("smallLogoUrl").asString();
        assertThat(logoUrl).startsWith("/partners/" + partner.code() + "/logo/");
        // thumbnails at twice their slots (96 px on the partner page, 40 px beside the name), proportions kept
        BufferedImage thumb = image(logoUrl);
        assertThat(new int[] { thumb.getWidth(), thumb.getHeight() }).containsExactly(192, 96);
        BufferedImage small = image(smallLogoUrl);
        assertThat(new int[] { small.getWidth(), small.getHeight() }).containsExactly(80, 40);
        assertThat(mvc.perform(get(logoUrl).header("If-None-Match", "\"" + logoUrl.substring(logoUrl.lastIndexOf('/')
                + 1) + "\"")).andReturn().getResponse().getStatus()).isEqualTo(304);

        Api.Response card = api.get("/api/v1/partners/" + partner.code(), null);
        assertThat(card.text("logoUrl")).isEqualTo(logoUrl);
        assertThat(card.text("smallLogoUrl")).isEqualTo(smallLogoUrl);
        assertThat(api.get("/api/v1/partners/me", partner.token()).text("logoUrl")).isEqualTo(logoUrl);
        String page = mvc.perform(get("/partners/" + partner.code()).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("src=\"" + logoUrl + "\"").doesNotContain(placeholder.replace("&", "&amp;"));

        // another partner's address does not serve this partner's logo
        assertThat(mvc.perform(get(logoUrl.replace(partner.code(), "examplewidgets"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        // removed: the placeholder again, and the old thumbnails are no longer served
        Api.Response removed = api.delete("/api/v1/partners/me/logo", partner.token());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().path("logoUrl").isNull()).isTrue();
        assertThat(api.get("/api/v1/partners/" + partner.code(), null).text("logoUrl")).isEqualTo(placeholder);
        assertThat(mvc.perform(get(logoUrl)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aLogoOnATransparentGroundKeepsItInItsThumbnails() throws Exception {
        PartnerLogin partner = approvedPartner("logoalpha");
        // a teal disc on a transparent ground, as logos meant for any page colour are made
        BufferedImage disc = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = disc.createGraphics();
        g.setColor(new Color(11, 122, 117));
        g.fillOval(30, 30, 240, 240);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(disc, "png", png);

        MvcResult uploaded = upload(png.toByteArray(), partner.token(), "en");
        assertThat(uploaded.getResponse().getStatus()).as(uploaded.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode me = json.readTree(uploaded.getResponse().getContentAsString());
        for (String url : new String[] { me.path("logoUrl").asString(), me.path("smallLogoUrl").asString() }) {
            BufferedImage thumb = image(url);
            assertThat(thumb.getColorModel().hasAlpha()).as(url + " has an alpha channel").isTrue();
            int corner = thumb.getRGB(0, 0);
            assertThat(corner >>> 24).as("alpha of the corner of " + url).isZero();
            int centre = thumb.getRGB(thumb.getWidth() / 2, thumb.getHeight() / 2);
            assertThat(centre >>> 24).as("alpha of the centre of " + url).isEqualTo(0xFF);
            assertThat(new Color(centre, true)).as("colour of the centre of " + url)
                    .isEqualTo(new Color(11, 122, 117, 255));
        }
    }

    @Test
    void aBadFileIsRefusedNamingTheLogoFieldAndChangesNothing() throws Exception {
        PartnerLogin partner = registerPartner("logobad");
        byte[] damaged = logo(300, 300, "png");
        damaged[29] ^= 0x5a; // the IHDR chunk's CRC
        Map<byte[], String> refusals = Map.of(
                "GIF89a, or rather not an image at all".getBytes(StandardCharsets.US_ASCII),
                "Logo must be a JPEG or PNG image.",
                damaged, "Logo is damaged: the checksum of its IHDR chunk is wrong.",
                Arrays.copyOf(logo(300, 300, "png"), 300), "Logo is damaged",
                logo(120, 60, "png"), "Logo is 120x60 pixels: it needs at least 96 pixels on each side.",
                new byte[0], "Logo is empty.");
        for (var refusal : refusals.entrySet()) {
            MvcResult result = upload(refusal.getKey(), partner.token(), "en");
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(422);
            JsonNode violation = json.readTree(body).path("violations").get(0);
            assertThat(violation.path("field").asString()).isEqualTo("logo");
            assertThat(violation.path("message").asString()).startsWith(refusal.getValue());
        }
        MvcResult russian = upload(logo(50, 50, "png"), partner.token(), "ru");
        assertThat(json.readTree(russian.getResponse().getContentAsString(StandardCharsets.UTF_8)).path("violations")
                .get(0).path("message").asString()).isEqualTo("Логотип — 50x50 пикселей: нужно не меньше 96 пикселей "
                        + "с каждой стороны.");
        assertThat(api.get("/api/v1/partners/me", partner.token()).body().path("logoUrl").isNull()).isTrue();
    }

    @Test
    void theProfilePageTakesTheLogoAndShowsARefusalOnItsField() throws Exception {
        PartnerLogin partner = approvedPartner("logopage");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        assertThat(html(session, "/partner/profile?lang=en")).contains("id=\"no-logo\"")
                .contains("<label for=\"logo-file\">Logo</label>");

        mvc.perform(multipart("/partner/profile/logo").file(new MockMultipartFile("file", "logo.png", "image/png",
                logo(40, 40, "png"))).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        String refused = HtmlUtils.htmlUnescape(html(session, "/partner/profile?lang=en"));
        assertThat(refused).contains("id=\"logo-error\"")
                .contains(">Logo is 40x40 pixels: it needs at least 96 pixels on each side.<")
                .contains("aria-describedby=\"logo-error logo-rules\"").contains("id=\"no-logo\"");

        mvc.perform(multipart("/partner/profile/logo").file(new MockMultipartFile("file", "logo.png", "image/png",
                logo(400, 400, "png"))).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        String saved = html(session, "/partner/profile?lang=en");
        String logoUrl = api.get("/api/v1/partners/me", partner.token()).text("logoUrl");
        assertThat(saved).contains("The logo is saved").contains("id=\"logo-image\" src=\"" + logoUrl + "\"")
                .doesNotContain("id=\"logo-error\"");
        assertThat(html(session, "/partner/profile?lang=ru")).contains("<label for=\"logo-file\">Логотип</label>");

        mvc.perform(post("/partner/profile/logo/removal").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(html(session, "/partner/profile?lang=en")).contains("The logo is removed").contains("id=\"no-logo\"");
    }
}
