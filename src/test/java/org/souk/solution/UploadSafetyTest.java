package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.souk.solution.internal.ZipBytes;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile archives and images through the real upload endpoints and pages: each is refused with 422 (the
 * API) or a message on its field (the pages), naming the field as the page labels it and the rule, never 500.
 */
class UploadSafetyTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    private String solution(PartnerLogin partner, String appCode) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("code");
    }

    private MvcResult upload(String path, String fileName, byte[] content, String token) throws Exception {
        HttpMethod method = path.endsWith("/screenshots") ? HttpMethod.POST : HttpMethod.PUT;
        return mvc.perform(multipart(method, path).file(new MockMultipartFile("file", fileName,
                "application/octet-stream", content)).header("Authorization", "Bearer " + token)).andReturn();
    }

    private static byte[] zip(Consumer<ZipBytes> shape) {
        ZipBytes zip = new ZipBytes();
        zip.add("index.html", "<!doctype html><title>App</title><p>Hello</p>");
        shape.accept(zip);
        return zip.bytes();
    }

    /** The archives the upload used to take or answer with 500, and the words their refusal must say. */
    private static Map<String, byte[]> hostileArchives() {
        Map<String, byte[]> archives = new LinkedHashMap<>();
        archives.put("NUL or another control character", zip(z -> z.add("app\0.js", "x")));
        archives.put("two entries named app.js", zip(z -> {
            z.add("app.js", "a");
            z.add("app.js", "b");
        }));
        archives.put("symbolic link", zip(z -> z.add("secrets", "/etc/passwd").external = 0120777L << 16));
        archives.put("symbolic link, which is not unpacked: lib/", zip(z -> {
            ZipBytes.Entry link = z.folder("lib/");
            link.external = 0120755L << 16;
        }));
        archives.put("nested deeper than 32 folders", zip(z -> z.add("a/".repeat(200) + "x.js", "x")));
        archives.put("name longer than 512 bytes", zip(z -> z.add("a/".repeat(32_000) + "x.js", "x")));
        archives.put("local header does not match", zip(z -> z.add("app.js", "x").localName = "evil.js"
                .getBytes(StandardCharsets.UTF_8)));
        archives.put("sizes are not what the archive says", zip(z -> z.add("app.js", "x".repeat(100)).claimedSize = 50L));
        archives.put("says it has 3 entries", zip(z -> z.count = 3));
        archives.put("data past its end", zip(z -> z.trailing = "<?php system($_GET['c']); ?>".getBytes()));
        archives.put("checksum is wrong", zip(z -> z.add("app.js", "console.log(1)").claimedCrc = 42L));
        archives.put("outside its folder", zip(z -> z.add("../../etc/cron.d/evil", "x")));
        archives.put("could not be read as a zip archive", "PK\3\4 but not really".getBytes());
        return archives;
    }

    @Test
    void hostileArchivesAreRefusedThroughTheApiWithTheFieldAndTheRule() throws Exception {
        PartnerLogin partner = registerPartner("zips");
        String path = "/api/v1/solutions/" + solution(partner, "zips") + "/versions/1/archive";
        for (Map.Entry<String, byte[]> archive : hostileArchives().entrySet()) {
            long start = System.nanoTime();
            MvcResult result = upload(path, "app.zip", archive.getValue(), partner.token());
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(archive.getKey() + ": " + body).isEqualTo(422);
            JsonNode violation = json.readTree(body).path("violations").get(0);
            assertThat(violation.path("field").asString()).isEqualTo("archive");
            assertThat(violation.path("rule").asString()).isEqualTo("V-05");
            assertThat(violation.path("message").asString()).as(archive.getKey()).startsWith("V-05: Archive ")
                    .contains(archive.getKey());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(archive.getKey() + " is judged quickly")
                    .isLessThan(Duration.ofSeconds(2));
        }
        // an ordinary archive, folders, UTF-8 names and a data descriptor included, is taken
        byte[] fine = zip(z -> {
            z.folder("css/");
            z.add("css/app.css", "body{}");
            z.add("docs/руководство.txt", "Привет 👋").descriptor = true;
        });
        assertThat(upload(path, "app.zip", fine, partner.token()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theVersionPageShowsTheRefusalOnTheArchiveField() throws Exception {
        PartnerLogin partner = registerPartner("zippage");
        String code = solution(partner, "zippage");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        String page = "/partner/solutions/" + code + "/versions/1";
        mvc.perform(multipart(page + "/archive").file(new MockMultipartFile("file", "app.zip", "application/zip",
                zip(z -> z.add("a\0b.js", "x")))).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        MvcResult shown = mvc.perform(get(page).session(session).param("lang", "en")).andExpect(status().isOk())
                .andReturn();
        String html = HtmlUtils.htmlUnescape(shown.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html).contains("id=\"archive-error\"").contains(">Archive has an entry whose name holds a NUL")
                .contains("href=\"/rules/V-05\"").doesNotContain("V-05: Archive")
                .contains("a\\u0000b.js");
    }

    /** A valid PNG whose IHDR checksum is wrong: the JDK's reader alone does not look. */
    static byte[] pngWithBadHeaderCrc() throws Exception {
        byte[] png = SolutionApiTest.png(300, 300, false);
        png[29] ^= 0x5a; // 8 signature + 4 length + 4 type + 13 data: the IHDR CRC starts at 29
        return png;
    }

    /** A JPEG whose headers are all there but whose scan (the pixels) is missing. */
    static byte[] jpegWithoutScan() throws Exception {
        byte[] jpeg = SolutionApiTest.jpeg(300, 300);
        for (int i = 2; i + 3 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xda) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(jpeg, 0, i);
                out.write(0xff);
                out.write(0xd9);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no SOS in the JPEG");
    }

    @Test
    void brokenImagesAreRefusedAsIconsAndScreenshots() throws Exception {
        PartnerLogin partner = registerPartner("pixels");
        String code = solution(partner, "pixels");
        String card = "/api/v1/solutions/" + code + "/card";
        byte[] truncated = Arrays.copyOf(SolutionApiTest.png(300, 300, false), 200);
        for (byte[] image : new byte[][] { pngWithBadHeaderCrc(), jpegWithoutScan(), truncated }) {
            for (String[] target : new String[][] { { "/icon", "icon", "C-19", "Icon " },
                { "/screenshots", "screenshot", "C-20", "Screenshot " } }) {
                MvcResult result = upload(card + target[0], "image.png", image, partner.token());
                String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(result.getResponse().getStatus()).as(target[0] + " " + body).isEqualTo(422);
                JsonNode violation = json.readTree(body).path("violations").get(0);
                assertThat(violation.path("field").asString()).isEqualTo(target[1]);
                assertThat(violation.path("rule").asString()).isEqualTo(target[2]);
                assertThat(violation.path("message").asString()).startsWith(target[2] + ": " + target[3])
                        .containsAnyOf("damaged", "incomplete");
            }
        }
        assertThat(upload(card + "/icon", "icon.png", SolutionApiTest.png(300, 300, false), partner.token())
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(upload(card + "/icon", "icon.jpg", SolutionApiTest.jpeg(300, 300), partner.token()).getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theCardPageShowsABrokenIconOnTheIconField() throws Exception {
        PartnerLogin partner = registerPartner("iconpage");
        String code = solution(partner, "iconpage");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        String card = "/partner/solutions/" + code + "/card";
        mvc.perform(multipart(card + "/icon").file(new MockMultipartFile("file", "icon.jpg", "image/jpeg",
                jpegWithoutScan())).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        String html = HtmlUtils.htmlUnescape(mvc.perform(get(card).session(session).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html).contains("id=\"icon-error\"").contains(">Icon ").contains("href=\"/rules/C-19\"")
                .doesNotContain("C-19: Icon");
    }
}
