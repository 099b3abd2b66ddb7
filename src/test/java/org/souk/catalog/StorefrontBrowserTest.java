package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.solution.Revisions;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The storefront in Chromium as a visitor uses it: the screenshot lightbox by mouse and keyboard (arrows, Esc, the
 * focus back where it was), images at least twice as sharp as their slot, and on a 390 px phone the results before
 * the folded filters. Screenshots in target/screenshots. Skipped without Chromium.
 */
class StorefrontBrowserTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    @BeforeAll
    static void chromium() {
        Browser.assumeInstalled();
    }

    private String publishedWithScreenshots(String prefix, String title) throws Exception {
        PartnerLogin partner = approvedPartner(prefix);
        CatalogFixture fixture = new CatalogFixture(api, mvc, revisions);
        String code = fixture.add(partner, new CatalogFixture.CardSpec(prefix, Map.of("en",
                CatalogFixture.text(title, "Shows the pipeline on one screen.", "pipeline, board")),
                List.of("integrations.telephony"), List.of("crm"), "FREE"));
        fixture.addImages(partner, code);
        fixture.addScreenshot(partner, code, 960, 540, "The settings");
        fixture.publish(code);
        return code;
    }

    @Test
    void theLightboxPagesByKeyboardAndTheImagesAreSharp() throws Exception {
        String code = publishedWithScreenshots("light", "Lynx Lightbox Board");
        try (Browser browser = Browser.start(1280, 900)) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get("http://127.0.0.1:" + port + "/apps/" + code + "?lang=en");
            List<WebElement> shots = driver.findElements(By.cssSelector("[data-lightbox-item]"));
            assertThat(shots).hasSize(2);
            browser.waits().until(d -> (Boolean) js.executeScript(
                    "return Array.from(document.querySelectorAll('.souk-gallery img')).every(i => i.complete && i.naturalHeight > 0)"));
            // thumbnails at twice their slot (a high-density screen shows them sharp), the icon too
            for (WebElement image : driver.findElements(By.cssSelector(".souk-gallery img, .souk-app header img"))) {
                long natural = ((Number) js.executeScript("return arguments[0].naturalHeight", image)).longValue();
                long shown = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().height", image))
                        .longValue();
                assertThat(natural).as(image.getDomAttribute("src")).isGreaterThanOrEqualTo(2 * shown);
            }

            shots.get(0).click();
            WebElement dialog = driver.findElement(By.id("lightbox"));
            browser.waits().until(d -> dialog.getDomProperty("open").equals("true"));
            WebElement counter = dialog.findElement(By.cssSelector("[data-lightbox-counter]"));
            WebElement full = dialog.findElement(By.cssSelector("[data-lightbox-image] img"));
            assertThat(counter.getText()).isEqualTo("1 of 2");
            assertThat(full.getDomAttribute("src")).endsWith(shots.get(0).getDomAttribute("href"));
            browser.waits().until(d -> ((Number) js.executeScript("return arguments[0].naturalWidth", full)).longValue() == 1280);
            assertThat(dialog.findElement(By.tagName("figcaption")).getText()).isEqualTo("The dashboard of calls");
            browser.screenshot("storefront-lightbox-1280");

            driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            assertThat(counter.getText()).isEqualTo("2 of 2");
            assertThat(dialog.findElement(By.tagName("figcaption")).getText()).isEqualTo("The settings");
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            assertThat(counter.getText()).isEqualTo("1 of 2");
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
            assertThat(counter.getText()).isEqualTo("2 of 2");
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.waits().until(d -> !"true".equals(dialog.getDomProperty("open")));
            // the focus is back on the screenshot that opened it
            assertThat(driver.switchTo().activeElement().getDomAttribute("href"))
                    .isEqualTo(shots.get(0).getDomAttribute("href"));

            // the same by the buttons, and the tiles' icons are sharp too
            shots.get(1).click();
            browser.waits().until(d -> dialog.getDomProperty("open").equals("true"));
            assertThat(counter.getText()).isEqualTo("2 of 2");
            dialog.findElement(By.cssSelector("[data-lightbox-next]")).click();
            assertThat(counter.getText()).isEqualTo("1 of 2");
            dialog.findElement(By.cssSelector("[data-lightbox-close]")).click();
            browser.waits().until(d -> !"true".equals(dialog.getDomProperty("open")));

            driver.get("http://127.0.0.1:" + port + "/search?q=lynx&lang=en");
            WebElement icon = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".souk-tile img")));
            browser.waits().until(d -> (Boolean) js.executeScript("return arguments[0].complete", icon));
            assertThat(((Number) js.executeScript("return arguments[0].naturalWidth", icon)).longValue())
                    .isGreaterThanOrEqualTo(2 * icon.getRect().getWidth());
        }
    }

    @Test
    void onAPhoneTheResultsComeFirstAndTheFiltersFold() throws Exception {
        publishedWithScreenshots("phone", "Puffin Phone Board");
        try (Browser browser = Browser.start(390, 844)) {
            browser.phone(390, 844);
            WebDriver driver = browser.driver();
            driver.get("http://127.0.0.1:" + port + "/search?q=puffin&lang=en");
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return innerWidth")).intValue())
                    .isEqualTo(390);
            WebElement panel = driver.findElement(By.id("filter-panel"));
            assertThat(panel.getDomProperty("open")).isEqualTo("false");
            assertThat(driver.findElement(By.id("f-category")).isDisplayed()).isFalse();
            WebElement tile = driver.findElement(By.cssSelector("#results .souk-tile"));
            assertThat(tile.getText()).contains("Puffin Phone Board");
            assertThat(tile.getRect().getY()).as("the first result is on the first screen").isLessThan(844);
            browser.assertReadable("search at 390 px");
            browser.screenshot("storefront-search-390");
            driver.findElement(By.cssSelector("#filter-panel summary")).click();
            assertThat(driver.findElement(By.id("f-category")).isDisplayed()).isTrue();
        }
        try (Browser browser = Browser.start(1280, 900)) {
            browser.driver().get("http://127.0.0.1:" + port + "/search?q=puffin&lang=en");
            browser.waits().until(d -> d.findElement(By.id("filter-panel")).getDomProperty("open").equals("true"));
            assertThat(browser.driver().findElement(By.id("f-category")).isDisplayed()).isTrue();
            browser.screenshot("storefront-search-1280");
        }
    }
}
