package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.souk.support.NpmTools;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page of the market, signed out and as each of the demo's people, in Chromium (the demo data on, the context
 * of TenMinutesWalkthroughTest): axe-core finds no violation of any impact (WCAG 2.0/2.1 A and AA and best
 * practices), and the Nu HTML checker (vnu.jar) finds no error in the HTML as served. Both tools come from the npm
 * registry (NpmTools); without Chromium, npm or the registry the test skips.
 */
@TestPropertySource(properties = { "souk.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:walkthrough;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class AccessibilityBrowserTest extends IntegrationTest {

    private static final String AXE_VERSION = "4.10.3";
    private static final String VNU_VERSION = "26.9.27";
    private static final String APP = "/apps/examplewidgets.sms_reminders";
    private static final String DRAFT = "/partner/solutions/examplewidgets.deal_followups";
    private static final String DEMO_PASSWORD = "demo-password-1";

    /** Who opens which pages, by e-mail ("" is a visitor who is not signed in). */
    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("", List.of("/", "/search?q=sms", "/search?q=qqxyzzyqq", "/catalog/categories/integrations",
                "/catalog/tags/crm", APP, "/partners/examplewidgets", "/register", "/login", "/password/forgot",
                "/rules", "/rules/C-25", APP + "/complaint"));
        PAGES.put("wanda@example.com", List.of("/partner", "/partner/profile", "/partner/users", "/partner/legal-entity",
                "/partner/sales", "/partner/sales/global/agreement", "/partner/solutions", "/partner/solutions?size=1&page=1", "/partner/solutions/new",
                DRAFT, DRAFT + "/card", DRAFT + "/keys", DRAFT + "/versions/1", DRAFT + "/checks", DRAFT + "/moderation",
                DRAFT + "/test", DRAFT + "/preview", DRAFT + "/analytics",
                "/partner/solutions/examplewidgets.sms_reminders/analytics?days=90", "/apps/examplewidgets.deal_followups/preview", "/partner/chats",
                "/partner/programs", "/notifications", "/account/password", "/account/tokens", "/", APP));
        PAGES.put("mona@example.com", List.of("/moderation", "/moderation/stats", "/moderation/chats",
                "/moderation/complaints", "/moderation/canned"));
        PAGES.put("max@example.com", List.of("/manage/partners", "/manage/partners/placeholder_apps",
                "/manage/taxonomy", "/manage/programs", "/manage/analytics"));
        PAGES.put("cora@example.com", List.of("/accounts", "/install/examplewidgets.sms_reminders", APP));
        PAGES.put(ADMIN_EMAIL, List.of("/admin/users", "/admin/regions", "/admin/policy", "/admin/checks",
                "/admin/mailbox", "/admin/audit?size=5&page=1"));
    }

    @BeforeAll
    static void chromium() {
        Browser.assumeInstalled();
    }

    /** Opens every page as its person, signed in through the form, and hands each to {@code look}. */
    private void walk(int width, PageLook look) throws Exception {
        try (Browser browser = Browser.start(width, 900)) {
            if (width < 500) {
                browser.phone(width, 900);
            }
            WebDriver driver = browser.driver();
            // axe checks a long page for seconds; on a loaded machine for more than the default 30
            driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(180));
            for (var entry : PAGES.entrySet()) {
                driver.manage().deleteAllCookies();
                if (!entry.getKey().isEmpty()) {
                    driver.get("http://localhost:" + port + "/login");
                    browser.signIn(entry.getKey(), entry.getKey().equals(ADMIN_EMAIL) ? ADMIN_PASSWORD : DEMO_PASSWORD);
                }
                for (String path : entry.getValue()) {
                    driver.get("http://localhost:" + port + path);
                    browser.waits().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                    look.at((entry.getKey().isEmpty() ? "visitor" : entry.getKey()) + " " + path, driver);
                }
            }
        }
    }

    interface PageLook {
        void at(String page, WebDriver driver) throws Exception;
    }

    @Test
    @SuppressWarnings("unchecked")
    void axeFindsNoViolationOnAnyPage() throws Exception {
        Path axe = NpmTools.file("axe-core", AXE_VERSION, "axe.min.js");
        Assumptions.assumeTrue(axe != null, "axe-core could not be had from the npm registry");
        String script = Files.readString(axe);
        List<String> violations = new ArrayList<>();
        for (int width : new int[] { 1280, 390 }) {
            walk(width, (page, driver) -> {
                JavascriptExecutor js = (JavascriptExecutor) driver;
                js.executeScript(script);
                List<String> found = (List<String>) js.executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                            'best-practice']}})
                          .then(function (r) { done(r.violations.map(function (v) {
                              return v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(function (n) {
                                return n.target.join(' '); }).join(', '); })); })
                          .catch(function (e) { done(['axe failed: ' + e]); });
                        """);
                found.forEach(v -> violations.add(page + " at " + width + " px: " + v));
            });
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theNuHtmlCheckerFindsNoError() throws Exception {
        Path vnu = NpmTools.file("vnu-jar", VNU_VERSION, "build/dist/vnu.jar");
        Assumptions.assumeTrue(vnu != null, "vnu-jar could not be had from the npm registry");
        Path folder = Files.createTempDirectory("souk-html-");
        Map<String, String> pages = new LinkedHashMap<>();
        walk(1280, (page, driver) -> {
            // the HTML as served (the browser's DOM would hide what its parser repaired), with the page's session
            String html = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    fetch(location.href, {credentials: 'same-origin'}).then(function (r) { return r.text(); })
                      .then(done, function (e) { done('fetch failed: ' + e); });
                    """);
            Path file = folder.resolve("page-" + pages.size() + ".html");
            Files.writeString(file, html);
            pages.put(file.getFileName().toString(), page);
        });
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xss2m", "-jar", vnu.toString(), "--format", "json", "--exit-zero-always"));
        try (var files = Files.list(folder)) {
            files.map(Path::toString).sorted().forEach(command::add);
        }
        Process checker = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String report = new String(checker.getErrorStream().readAllBytes());
        assertThat(checker.waitFor(300, TimeUnit.SECONDS)).isTrue();
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JsonMapper.builder().build().readTree(report).path("messages")) {
            if ("error".equals(message.path("type").asString())) {
                String url = message.path("url").asString();
                errors.add(pages.getOrDefault(url.substring(url.lastIndexOf('/') + 1), url) + " line "
                        + message.path("lastLine").asInt() + ": " + message.path("message").asString() + " "
                        + message.path("extract").asString());
            }
        }
        try (var files = Files.list(folder)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(folder);
        assertThat(errors).isEmpty();
    }
}
