package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.solution.Revisions;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1 AA in a real browser: axe-core (from the npm registry, {@code npm pack axe-core}) runs on the home,
 * search and solution pages in both languages and finds no serious or critical violation; the search box
 * suggests as the visitor types. Skipped without Chromium, or without npm and the registry.
 */
class CatalogBrowserTest extends IntegrationTest {

    private static final String AXE_VERSION = "4.10.3";
    private static final Path AXE = Path.of("target", "axe-core", "axe-" + AXE_VERSION + ".min.js");

    @Autowired
    Revisions revisions;

    @BeforeAll
    static void tools() throws Exception {
        Browser.assumeInstalled();
        Assumptions.assumeTrue(Files.exists(AXE) || fetchAxe(), "axe-core could not be had from the npm registry");
    }

    /** npm pack downloads the package's tarball; axe.min.js is taken out of it. */
    private static boolean fetchAxe() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(AXE.getParent());
        Process pack;
        try {
            pack = new ProcessBuilder("npm", "pack", "axe-core@" + AXE_VERSION, "--silent").directory(folder.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        if (!pack.waitFor(120, TimeUnit.SECONDS) || pack.exitValue() != 0) {
            pack.destroy();
            return false;
        }
        Path tarball = folder.resolve("axe-core-" + AXE_VERSION + ".tgz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).trim().replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (name.equals("package/axe.min.js")) {
                    Files.write(AXE, content);
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void homeSearchAndSolutionPagesHaveNoSeriousViolation() throws Exception {
        PartnerLogin partner = approvedPartner("axe");
        CatalogFixture fixture = new CatalogFixture(api, mvc, revisions);
        String code = fixture.add(partner, new CatalogFixture.CardSpec("axe", Map.of(
                "en", CatalogFixture.text("Capybara Calendar", "Books meetings from deals.", "calendar, meetings"),
                "ru", CatalogFixture.text("Капибара-календарь", "Назначает встречи из сделок.", "календарь")),
                List.of("integrations.telephony"), List.of("calendar", "crm"), "FREE"));
        fixture.addImages(partner, code);
        fixture.publishRecommended(code);
        String axe = Files.readString(AXE);
        String base = "http://127.0.0.1:" + port;
        try (Browser browser = Browser.start(1280, 900)) {
            var driver = browser.driver();
            for (String lang : List.of("en", "ru")) {
                for (String path : List.of("/", "/search?q=capybara", "/apps/" + code, "/search?q=qqzzxxvv",
                        "/catalog/categories/integrations")) {
                    driver.get(base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                    assertThat(serious(driver, axe)).as(path + " in " + lang).isEmpty();
                }
            }
            driver.get(base + "/apps/" + code + "?lang=en");
            browser.screenshot("catalog-solution");
            // the search box suggests solutions as the visitor types (htmx)
            driver.get(base + "/?lang=en");
            driver.findElement(By.id("home-search")).sendKeys("capyb");
            browser.waits().until(ExpectedConditions.textToBePresentInElementLocated(By.id("home-search-suggestions"),
                    "Capybara Calendar"));
            browser.screenshot("catalog-suggestions");
        }
    }

    /** The serious and critical violations axe finds on the page, each as "rule: target". */
    @SuppressWarnings("unchecked")
    private static List<String> serious(org.openqa.selenium.WebDriver driver, String axe) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) { done(r.violations.filter(function (v) {
                      return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); })
                      .join(', '); })); })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        return new ArrayList<>((List<String>) result);
    }
}
