package org.souk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium for the browser tests, one per test: started with its own profile in a
 * temporary folder, closed with everything it left on disk. Screenshots go to target/screenshots for the
 * humans who look at the pages; {@link #assertReadable} is what a person would notice at a glance.
 */
public final class Browser implements AutoCloseable {

    /** How long a test waits for a page to show what it expects. */
    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(Browser.class);
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait waits;
    private final List<Path> folders = new ArrayList<>();
    /** A phone's screen emulated by {@link #emulate}, kept across screenshots; null: the window's own size. */
    private Map<String, Object> emulated;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.folders.add(profile);
        this.waits = new WebDriverWait(driver, WAIT);
        this.waits.ignoring(StaleElementReferenceException.class);
    }

    /**
     * Skips the test class where Chromium and chromium-driver are not installed. Call it in a
     * {@code @BeforeAll}: a machine without a browser skips before the Spring context starts.
     */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and chromium-driver are not installed: browser test skipped");
    }

    /** A new browser with a window of this size. */
    public static Browser start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("souk-chromium-");
        // the driver and the browser are given explicitly: Selenium Manager never tries to download anything
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        // Bootstrap scrolls smoothly unless the user prefers reduced motion: chromedriver would click while the
        // page still moves ("element click intercepted" at a point below the window)
        options.addArguments("--force-prefers-reduced-motion");
        try {
            return new Browser(service, new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    /**
     * A phone's screen of this size in CSS pixels (a mobile viewport): headless Chromium keeps a window at least
     * 500 px wide whatever --window-size says, so a 390 px page needs the emulation.
     */
    public void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
    }

    public WebDriver driver() {
        return driver;
    }

    /** The test's wait: {@link #WAIT}, an element replaced while it is looked at is looked for again. */
    public WebDriverWait waits() {
        return waits;
    }

    /** A temporary folder for the test's files, deleted when the browser closes. */
    public Path folder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        folders.add(folder);
        return folder;
    }

    /**
     * A phone's screen of this size: the page lays out at it, touch and all. Chromium's windows are at least 500 px
     * wide, so a 390 px screen is only had this way.
     */
    public void emulate(int width, int height) {
        emulated = Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", emulated);
    }

    /** Signs in on the login page the browser is shown and waits until it has left it. */
    public void signIn(String email, String password) {
        WebElement username = waits.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        username.sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waits.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    // --- for the humans who look at the pages: never fails the test ------------------------------------------

    /** The window as {@code name.png} and the whole page as {@code name-full.png}. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            // and the whole page, below the fold too: the viewport is made as tall as the page for one capture
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) driver.executeScript("return { width: window.innerWidth,"
                    + " height: Math.max(window.innerHeight, document.documentElement.scrollHeight) };");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.get("width"),
                    "height", size.get("height"), "deviceScaleFactor", 1, "mobile", emulated != null));
            try {
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
                Files.write(SCREENSHOTS.resolve(name + "-full.png"),
                        Base64.getDecoder().decode((String) shot.get("data")));
            } finally {
                if (emulated == null) {
                    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                } else {
                    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", emulated);
                }
            }
        } catch (Exception e) {
            log.warn("screenshot {} not taken: {}", name, e.toString());
        }
    }

    // --- what a person would notice -------------------------------------------------------------------------

    /**
     * A page wider than the screen, message keys shown instead of texts. The elements listed as wider
     * leave out those inside a scroller of their own ({@code .overflow-auto}): they scroll, not the page.
     */
    public void assertReadable(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) driver.executeScript("""
                var root = document.documentElement, wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > root.clientWidth + 1 && !e.closest('.overflow-auto')) {
                    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + Math.round(r.right));
                  }
                });
                return { innerWidth: window.innerWidth, clientWidth: root.clientWidth, scrollWidth: root.scrollWidth,
                         wider: wide.slice(0, 10), untranslated: (document.body.innerText.match(/\\?\\?[^?\\s]+\\?\\?/g) || []) };
                """);
        log.info("layout of {}: {}", page, facts);
        assertThat((List<?>) facts.get("untranslated")).as("message keys shown on " + page).isEmpty();
        assertThat(((Number) facts.get("scrollWidth")).longValue()).as("horizontal scrolling on " + page + ": " + facts)
                .isLessThanOrEqualTo(((Number) facts.get("clientWidth")).longValue());
    }

    /** Quits the browser and its driver, and deletes the profile and the test's folders. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            folders.forEach(Browser::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("could not delete {}: {}", dir, e.toString());
        }
    }
}
