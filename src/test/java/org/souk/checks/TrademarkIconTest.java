package org.souk.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * C-19 "no third-party trademarks": the administrator keeps pictures of known trademarks (page and API); a card icon
 * that is the same picture (here re-drawn larger) is a warning for the moderator, another picture is not.
 */
class TrademarkIconTest extends IntegrationTest {

    /** A made-up mark: a ring and a bar, drawn at any size. */
    static byte[] mark(int size, Color background) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(200, 30, 40));
        g.fillOval(size / 8, size / 8, size * 3 / 4, size * 3 / 4);
        g.setColor(background);
        g.fillOval(size / 4, size / 4, size / 2, size / 2);
        g.setColor(new Color(20, 40, 160));
        g.fillRect(0, size * 7 / 16, size * 5 / 8, size / 8);
        g.dispose();
        return png(image);
    }

    static byte[] squares(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int cell = size / 5;
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                g.setColor((x + y) % 2 == 0 ? new Color(10, 120, 60) : new Color(240, 230, 200));
                g.fillRect(x * cell, y * cell, cell, cell);
            }
        }
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String solutionWithIcon(PartnerLogin partner, String appCode, byte[] icon) throws Exception {
        String code = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", "global", "type",
                "REST_API"), partner.token()).text("code");
        MvcResult uploaded = mvc.perform(multipart(HttpMethod.PUT, "/api/v1/solutions/" + code + "/card/icon")
                .file(new MockMultipartFile("file", "icon.png", "image/png", icon))
                .header("Authorization", "Bearer " + partner.token())).andReturn();
        assertThat(uploaded.getResponse().getStatus()).as(uploaded.getResponse().getContentAsString()).isEqualTo(200);
        return code;
    }

    private JsonNode trademarkFindings(PartnerLogin partner, String code) {
        Api.Response report = api.post("/api/v1/solutions/" + code + "/checks", Map.of(), partner.token());
        assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
        var found = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        report.body().path("findings").forEach(f -> {
            if ("check.C-19.trademark".equals(f.path("key").asString())) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void anIconResemblingAKnownTrademarkIsAWarningForTheModerator() throws Exception {
        String name = "Ring Bar " + uniqueCode("tm");
        String admin = adminToken();
        // the administrator adds the mark on the checks page (a small picture: only its hash is kept)
        MockHttpSession session = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        mvc.perform(multipart("/admin/checks/trademarks").file(new MockMultipartFile("picture", "mark.png",
                "image/png", mark(120, Color.WHITE))).param("name", name).with(csrf()).session(session));
        JsonNode list = api.get("/api/v1/admin/checks/trademarks", admin).body();
        long id = -1;
        for (JsonNode t : list) {
            if (name.equals(t.path("name").asString())) {
                id = t.path("id").asLong();
                assertThat(t.path("dHash").asString()).matches("[0-9a-f]{16}");
            }
        }
        assertThat(id).as("the trademark added on the page is listed by the API: " + list).isPositive();
        String page = mvc.perform(get("/admin/checks").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(name);
        try {
            PartnerLogin partner = registerPartner("trademark");
            String lookalike = solutionWithIcon(partner, "lookalike", mark(400, Color.WHITE));
            JsonNode findings = trademarkFindings(partner, lookalike);
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).path("rule").asString()).isEqualTo("C-19");
            assertThat(findings.get(0).path("severity").asString()).isEqualToIgnoringCase("warning");
            assertThat(findings.get(0).path("field").asString()).isEqualTo("card.icon");
            assertThat(findings.get(0).path("message").asString()).contains(name);

            String own = solutionWithIcon(partner, "own_icon", squares(400));
            assertThat(trademarkFindings(partner, own)).isEmpty();

            // a picture that is not one is refused, naming the field as the form labels it
            MvcResult refused = mvc.perform(multipart("/api/v1/admin/checks/trademarks").file(new MockMultipartFile(
                    "picture", "mark.png", "image/png", "not a picture".getBytes())).param("name", "Broken")
                    .header("Authorization", "Bearer " + admin)).andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(422);
            assertThat(refused.getResponse().getContentAsString()).contains("Picture");
            // only the administrator keeps the list
            assertThat(api.get("/api/v1/admin/checks/trademarks", partner.token()).status()).isEqualTo(403);
        } finally {
            assertThat(api.delete("/api/v1/admin/checks/trademarks/" + id, admin).status()).isEqualTo(204);
        }
    }
}
