package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.solution.Revisions;
import org.souk.support.Browser;
import org.souk.support.NpmTools;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.1 AA in a real browser: axe-core (from the npm registry, {@code npm pack axe-core}) runs on the home,
 * search and solution pages in both languages and finds no serious or critical violation; the search box
 * suggests as the visitor types. Skipped without Chromium, or without npm and the registry.
 */
class CatalogBrowserTest extends IntegrationTest {

    private static final String AXE_VERSION = "4.10.3";
    private static Path axe;

    @Autowired
    Revisions revisions;

    @BeforeAll
    static void tools() throws Exception {
        Browser.assumeInstalled();
        axe = NpmTools.file("axe-core", AXE_VERSION, "axe.min.js");
        Assumptions.assumeTrue(axe != null, "axe-core could not be had from the npm registry");
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
        String axe = Files.readString(CatalogBrowserTest.axe);
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
