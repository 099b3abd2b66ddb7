package org.souk.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.outbound.TestServer;
import org.souk.support.Api;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The install test drives the submitted app in headless Chromium (F-11, F-13, V-06, S-11): a good app on a
 * server of the test passes with a screenshot that the moderator's review shows; a bad one gets each finding,
 * as blockers while the rules are enforced, as warnings when advisory, none when off; the demo's own submission
 * gets its report. Its own context: every submission is tested here (the shared context leaves that off).
 */
@TestPropertySource(properties = { "souk.app-test.on-submission=true", "souk.app-test.page-timeout=8s",
        "souk.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:apptest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class AppInBrowserTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserAccounts users;

    private TestServer good;
    private TestServer bad;

    @BeforeAll
    static void chromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void apps() throws Exception {
        String souk = "http://localhost:" + port;
        String bx24 = "<script src=\"" + souk + "/js/bx24.js\"></script>";
        good = TestServer.http("127.0.0.1")
                .answer("/", 200, "text/html; charset=utf-8", page("Good", "<p>A page of the good app.</p>"))
                .answer("/app/install", 200, "text/html; charset=utf-8", page("Setting up",
                        "<p id=\"state\">Connecting…</p>" + bx24 + "<script>BX24.init(function () {"
                                + " document.getElementById('state').textContent = 'Done'; BX24.installFinish(); });</script>"))
                .answer("/app/", 200, "text/html; charset=utf-8", page("Good app",
                        "<h1>Good app</h1><img src=\"/app/logo.png\" alt=\"Logo\" width=\"32\" height=\"32\">"
                                + "<p><a href=\"/help\">Help</a></p>" + bx24 + "<script>BX24.init(function () {"
                                + " document.querySelector('h1').textContent = 'Working on ' + BX24.getAuth().domain; });</script>"))
                .answer("/app/logo.png", 200, "image/png", png());
        // UTF-8 Russian read as Latin-1: what a page in the wrong encoding shows
        String mojibake = new String("Привет, мир".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        bad = TestServer.http("127.0.0.1")
                .answer("/", 200, "text/html; charset=utf-8", page("Bad", "<p>A page of the bad app.</p>"))
                .answer("/app/install", 200, "text/html; charset=utf-8", page("Setting up", "<p>Setting up…</p>"))
                .answer("/app/", 200, "text/html; charset=utf-8", page("Bad app",
                        "<div style=\"width: 2000px\">A table far too wide</div>"
                                + "<p>Fatal error: Uncaught Error: Call to undefined function crm_get() in /var/www/app/index.php:12</p>"
                                + "<p>" + mojibake + "</p>"
                                + "<img src=\"/app/missing.png\" alt=\"Missing\">"
                                + "<img src=\"http://tracker.example.org/pixel.png\" alt=\"Tracker\">"
                                + "<p><a href=\"/app/gone\">Gone</a></p>"
                                + "<script>crmWidgetStart();</script>"))
                .answer("/app/missing.png", 404, "text/plain", "not here")
                .answer("/app/gone", 404, "text/plain", "not here");
        outbound.add(good.hostPort());
        outbound.add(bad.hostPort());
    }

    @AfterEach
    void stop() {
        good.close();
        bad.close();
    }

    @Test
    void aGoodAppPassesAndTheModeratorSeesItsScreenshot() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, userDetails, users, outbound);
        PartnerLogin partner = approvedPartner("goodapp");
        String code = solution(fixture, partner, "good_app", good);
        Api.Response submitted = submit(code, partner.token());
        JsonNode report = awaitReport(code, partner.token());

        JsonNode browser = report.path("browser");
        assertThat(browser.path("ran").asBoolean()).as(report.toString()).isTrue();
        assertThat(browser.path("findings").isEmpty()).as(browser.toString()).isTrue();
        assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
        assertThat(browser.path("installerMs").asLong()).isPositive();
        assertThat(browser.path("loadMs").asLong()).isPositive();
        assertThat(browser.path("screenshot").asBoolean()).isTrue();
        // the installer and the app were POSTed into Souk's frame, as a customer's browser does
        assertThat(good.hits("POST", "/app/install")).isPositive();
        assertThat(good.hits("POST", "/app/")).isPositive();
        // uninstall and reinstall ran too (S-11, O-02)
        assertThat(report.path("steps").valueStream().map(s -> s.path("name").asString()).toList())
                .contains("uninstall (CLEAN=1)", "reinstall", "uninstall");

        long reportId = report.path("id").asLong();
        long submission = submitted.body().path("id").asLong();
        String moderator = uniqueCode("appmod") + "@souk.test";
        fixture.moderator(moderator);
        MockHttpSession session = signIn(moderator, PASSWORD);
        String review = mvc.perform(get("/moderation/submissions/" + submission).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("The app in a browser at 1280 px").contains("nothing found")
                .contains("/install-tests/" + reportId + "/screenshot");
        byte[] png = mvc.perform(get("/install-tests/" + reportId + "/screenshot").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(shot.getWidth()).isEqualTo(1280);
        // the API gives the same picture to the partner
        HttpResponse<byte[]> viaApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/api/v1/solutions/" + code + "/install-tests/" + reportId + "/screenshot"))
                .header("Authorization", "Bearer " + partner.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(viaApi.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(viaApi.body())).getWidth()).isEqualTo(1280);
        // the partner sees its own screenshot, another partner does not
        assertThat(mvc.perform(get("/install-tests/" + reportId + "/screenshot")
                .session(signIn(partner.email(), PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(200);
        PartnerLogin other = approvedPartner("peeker");
        assertThat(mvc.perform(get("/install-tests/" + reportId + "/screenshot")
                .session(signIn(other.email(), PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(404);

        // what the moderator sees in a browser, wide and narrow
        for (int width : new int[] { 1280, 390 }) {
            try (Browser chromium = Browser.start(width, 900)) {
                WebDriver driver = chromium.driver();
                driver.get("http://localhost:" + port + "/login");
                chromium.signIn(moderator, PASSWORD);
                driver.get("http://localhost:" + port + "/moderation/submissions/" + submission + "#install-test");
                Object loaded = chromium.waits().until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("var i = document.getElementById('app-screenshot');"
                                + " i.scrollIntoView(); return i.complete && i.naturalWidth > 0 ? i.naturalWidth : null;"));
                assertThat(((Number) loaded).intValue()).isEqualTo(1280);
                chromium.screenshot("app-test-review-" + width);
                chromium.assertReadable("the review with the app test at " + width);
            }
        }
    }

    @Test
    void aBadAppGetsEachFindingWeighedByTheRulesSettings() {
        PartnerLogin partner = approvedPartner("badapp");
        String code = solution(new ModerationFixture(api, demo, userDetails, users, outbound), partner, "bad_app", bad);
        submit(code, partner.token());
        JsonNode report = awaitReport(code, partner.token());
        assertThat(report.path("passed").asBoolean()).as(report.toString()).isFalse();
        List<JsonNode> findings = report.path("browser").path("findings").valueStream().toList();
        assertThat(kinds(findings)).as(findings.toString()).contains("F-11 neverFinished", "F-13 jsError",
                "F-13 brokenImage", "F-13 horizontalScroll", "F-13 serverError", "F-13 mojibake", "F-13 brokenLink",
                "F-13 failedRequest");
        assertThat(findings).allSatisfy(f -> assertThat(f.path("severity").asString()).isEqualToIgnoringCase("blocker"));
        assertThat(text(findings, "serverError")).contains("Fatal error: Uncaught Error: Call to undefined function");
        assertThat(text(findings, "jsError")).contains("crmWidgetStart is not defined");
        assertThat(text(findings, "brokenImage")).contains("/app/missing.png");
        assertThat(text(findings, "brokenLink")).contains("/app/gone").contains("404");
        // the browser reached nothing beyond the app's own host: the tracker's request was refused
        assertThat(text(findings, "failedRequest")).contains("tracker.example.org");
        assertThat(text(findings, "mojibake")).contains("Ð");
        assertThat(findings.stream().filter(f -> f.path("kind").asString().equals("jsError")).findFirst().orElseThrow()
                .path("message").asString()).isEqualTo("A JavaScript error.");

        String admin = adminToken();
        try {
            // advisory: the same findings only warn
            assertThat(api.put("/api/v1/admin/checks/F-13", Map.of("mode", "ADVISORY"), admin).status()).isEqualTo(200);
            JsonNode advisory = api.post("/api/v1/solutions/" + code + "/install-tests", Map.of(), partner.token()).body();
            List<JsonNode> warned = advisory.path("browser").path("findings").valueStream().toList();
            assertThat(warned).filteredOn(f -> f.path("rule").asString().equals("F-13")).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.path("severity").asString()).isEqualToIgnoringCase("warning"));
            assertThat(advisory.path("passed").asBoolean()).as("F-11 is still enforced").isFalse();
            // off: no finding of the rule at all; what is left only warns, so the test passes
            assertThat(api.put("/api/v1/admin/checks/F-11", Map.of("mode", "OFF"), admin).status()).isEqualTo(200);
            JsonNode off = api.post("/api/v1/solutions/" + code + "/install-tests", Map.of(), partner.token()).body();
            assertThat(kinds(off.path("browser").path("findings").valueStream().toList()))
                    .noneMatch(k -> k.startsWith("F-11"));
            assertThat(off.path("passed").asBoolean()).as(off.toString()).isTrue();
        } finally {
            api.put("/api/v1/admin/checks/F-13", Map.of("mode", "ENFORCED"), admin);
            api.put("/api/v1/admin/checks/F-11", Map.of("mode", "ENFORCED"), admin);
        }
    }

    @Test
    void theDemoSubmissionGetsItsReport() {
        String wanda = api.token("wanda@example.com", "demo-password-1");
        String code = "examplewidgets.deal_followups";
        submit(code, wanda);
        JsonNode report = awaitReport(code, wanda);
        assertThat(report.path("browser").path("ran").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("browser").path("findings").isEmpty()).as(report.toString()).isTrue();
        assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("browser").path("screenshot").asBoolean()).isTrue();
        // the demo's installer called BX24.installFinish() in the frame (not finished by the test for it)
        assertThat(report.path("browser").path("installerMs").asLong()).isPositive();
    }

    /**
     * A complete solution of a partner that may submit, its pages on {@code server}; the fixture's version has no
     * installer page: it gets the server's, and a handler of its own.
     */
    private String solution(ModerationFixture fixture, PartnerLogin partner, String appCode, TestServer server) {
        fixture.signAgreements(partner);
        String code = demo.create(fixture.user(partner.email()), appCode, site(server));
        Api.Response version = api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("installerUrl",
                server.url("/app/install"), "handlerUrl", server.url("/handler")), partner.token());
        assertThat(version.status()).as(version.body().toString()).isEqualTo(200);
        return code;
    }

    private Api.Response submit(String code, String token) {
        Api.Response submitted = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), token);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        return submitted;
    }

    private JsonNode awaitReport(String code, String token) {
        String path = "/api/v1/solutions/" + code + "/install-tests/latest";
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get(path, token).status() == 200);
        return api.get(path, token).body();
    }

    private static List<String> kinds(List<JsonNode> findings) {
        return findings.stream().map(f -> f.path("rule").asString() + " " + f.path("kind").asString()).toList();
    }

    private static String text(List<JsonNode> findings, String kind) {
        return String.join("\n", findings.stream().filter(f -> f.path("kind").asString().equals(kind))
                .map(f -> f.path("evidence").asString()).toList());
    }

    private static String site(TestServer server) {
        return server.url("").replaceAll("/$", "");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<style>body { font-family: sans-serif; margin: 1rem; }</style></head><body>" + body + "</body></html>";
    }

    private static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
