package org.souk.support;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test of the market in Chromium: skipped (not failed) where Chromium and chromium-driver are not installed,
 * before the Spring context starts; a browser with a 1280×900 window for each test, closed after it; and the
 * steps every such test takes (open a path of the market, wait for an element, sign out through the menu).
 */
public abstract class BrowserTest extends IntegrationTest {

    protected Browser browser;
    protected WebDriver driver;

    @BeforeAll
    static void chromium() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        restartBrowser(1280, 900);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Closes the browser and starts a new one (no cookies) with a window of this size. */
    protected void restartBrowser(int width, int height) throws IOException {
        stopBrowser();
        browser = Browser.start(width, height);
        driver = browser.driver();
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebElement visible(By by) {
        return browser.waits().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected WebDriverWait wait(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    /** As a person does: the user menu, then "Sign out". */
    protected void signOut() {
        driver.findElement(By.cssSelector("nav .dropdown-menu-end")).findElement(By.xpath("..")).findElement(
                By.cssSelector(".dropdown-toggle")).click();
        visible(By.xpath("//form[@action='/logout']/button")).click();
        wait(Browser.WAIT).until(d -> d.getCurrentUrl().contains("signedOut"));
    }
}
