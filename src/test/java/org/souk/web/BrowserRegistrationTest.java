package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.mail.Message;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;

/**
 * The partner registration as a person does it, in Debian's headless Chromium: the live code check, a form
 * sent back with a mistake, the developer's area, then an administrator who approves the application and
 * reads the e-mail in the dev mailbox. Skipped where Chromium and chromium-driver are not installed.
 */
class BrowserRegistrationTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(BrowserRegistrationTest.class);
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private String base;

    @BeforeAll
    static void browserInstalled() {
        // in @BeforeAll: a machine without a browser skips before the Spring context starts
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and chromium-driver are not installed: browser test skipped");
    }

    @BeforeEach
    void browser() throws IOException {
        base = "http://127.0.0.1:" + port;
        profile = Files.createTempDirectory("souk-chromium-");
        // the driver and the browser are given explicitly: Selenium Manager never tries to download anything
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        // Bootstrap scrolls smoothly unless the user prefers reduced motion: chromedriver would click while the
        // page still moves ("element click intercepted" at a point below the window)
        options.addArguments("--force-prefers-reduced-motion");
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void quit() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteQuietly(profile);
        }
    }

    @Test
    void partnerRegistersAndAdministratorApproves() {
        String code = uniqueCode("brw");
        String email = code + "@partners.example.com";
        String website = "https://" + code.replace('_', '-') + ".example.com";
        String company = "Browser Company " + code;

        // 1. the registration page, typed like a person
        driver.get(base + "/register");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        assertThat(driver.getTitle()).contains("Become a partner");
        type("firstName", "Ada");
        type("lastName", "Browser");
        type("email", email);
        type("phone", "+1 555 0123");
        type("password", PASSWORD);

        // the live code check (htmx): a reserved word first, then the real code in upper case
        type("partnerCode", "admin");
        String reserved = awaitCodeCheck(text -> text.contains("admin") && text.contains("reserved"));
        assertThat(reserved).contains("P-03");
        assertThat(field("code-check").getDomAttribute("class")).contains("text-danger");
        retype("partnerCode", code.toUpperCase());
        String available = awaitCodeCheck(text -> text.contains(code) && text.contains("available"));
        assertThat(available).doesNotContain("P-03");
        assertThat(field("code-check").getDomAttribute("class")).contains("text-success");

        type("companyName", company);
        type("companyWebsite", "not a url");
        type("comment", "We plan CRM integrations.\nAnd a telephony connector.");
        WebElement consent = field("consent1");
        consent.click();
        assertThat(consent.isSelected()).isTrue();
        screenshot("register-filled-1280");

        // 2. a mistake: the page comes back with the error next to the field and everything else kept
        submit(form);
        WebElement websiteField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#companyWebsite.is-invalid")));
        WebElement websiteError = driver.findElement(By.cssSelector("#companyWebsite ~ .invalid-feedback"));
        assertThat(websiteError.isDisplayed()).isTrue();
        assertThat(websiteError.getText()).contains("P-01").contains("http");
        assertThat(driver.findElements(By.cssSelector("#registration .is-invalid")))
                .extracting(e -> e.getDomAttribute("id")).containsExactly("companyWebsite");
        assertThat(driver.findElement(By.cssSelector("#registration .alert-danger")).getText())
                .contains("Please correct the marked fields");
        assertThat(websiteField.getDomAttribute("value")).isEqualTo("not a url");
        assertThat(value("firstName")).isEqualTo("Ada");
        assertThat(value("lastName")).isEqualTo("Browser");
        assertThat(value("email")).isEqualTo(email);
        assertThat(value("phone")).isEqualTo("+1 555 0123");
        assertThat(value("partnerCode")).isEqualToIgnoringCase(code);
        assertThat(value("companyName")).isEqualTo(company);
        assertThat(value("comment")).isEqualTo("We plan CRM integrations.\nAnd a telephony connector.");
        assertThat(field("consent1").isSelected()).isTrue();
        assertThat(value("password")).as("the password is never sent back to the browser").isEmpty();
        screenshot("register-error-1280");

        // 3. fixed and sent: the developer's area welcomes the new partner
        retype("companyWebsite", website);
        type("password", PASSWORD);
        submit(driver.findElement(By.id("registration")));
        wait.until(ExpectedConditions.urlToBe(base + "/partner"));
        WebElement welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertThat(welcome.getText()).contains("Welcome").contains("changing your password");
        assertThat(welcome.findElement(By.linkText("Change password")).getDomAttribute("href"))
                .endsWith("/account/password");
        WebElement status = driver.findElement(By.id("status"));
        assertThat(status.isDisplayed()).isTrue();
        assertThat(status.getText()).containsIgnoringCase("pending");
        assertThat(status.getDomAttribute("class")).contains("alert-warning");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(code);
        TestMail.await(email, "Welcome to Souk");
        screenshot("partner-dashboard-1280");

        // 4. a fresh session: the administrator approves the application
        driver.manage().deleteAllCookies();
        driver.get(base + "/partner");
        wait.until(ExpectedConditions.urlContains("/login"));
        signInInBrowser(ADMIN_EMAIL, ADMIN_PASSWORD);
        driver.get(base + "/manage/partners?status=PENDING");
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("q")));
        // pending applications are listed oldest first, 20 a page: search for the code as a manager would
        search.sendKeys(code);
        driver.findElement(By.cssSelector("main form button")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        WebElement partners = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partners")));
        WebElement row = partners.findElement(By.xpath(".//tr[.//code[normalize-space()='" + code + "']]"));
        assertThat(row.getText()).contains(company).contains("Pending");
        row.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlToBe(base + "/manage/partners/" + code));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
        Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains(code).contains("Grant partner status");
        confirm.accept();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#content > .alert-success")));
        assertThat(notice.getText()).contains("Partner status granted to " + code);
        WebElement badge = driver.findElement(By.cssSelector("main h1 ~ .badge"));
        assertThat(badge.getText()).isEqualTo("Approved");
        assertThat(badge.getDomAttribute("class")).contains("text-bg-success");
        assertThat(driver.findElements(By.id("approve"))).as("no approve button once approved").isEmpty();
        screenshot("manage-partner-approved-1280");

        // 5. the e-mail, in the dev mailbox and on the real SMTP server
        driver.get(base + "/admin/mailbox");
        WebElement to = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("to")));
        to.sendKeys(email);
        driver.findElement(By.cssSelector("main form button")).click();
        wait.until(ExpectedConditions.urlContains("to="));
        // the e-mail is written after the approval commits: look again until it is there
        WebElement mail = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#mails a")).stream()
                    .filter(a -> a.getText().contains("Partner status granted") && a.getText().contains(email))
                    .toList();
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
        assertThat(mail.getText()).contains(code);
        mail.click();
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mail-body")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Partner status granted").contains(code);
        assertThat(body.getText()).contains(code).contains(company);
        assertThat(body.getCssValue("display")).as("the e-mail flows as text, not as a flex box of lines")
                .isEqualTo("block");
        assertThat(body.findElements(By.tagName("a"))).as("the link to the sales settings is clickable")
                .anySatisfy(a -> assertThat(a.getDomAttribute("href")).endsWith("/partner/sales"));
        Message delivered = TestMail.await(email, "Partner status granted");
        assertThat(TestMail.subject(delivered)).contains(code);
        assertThat(TestMail.body(delivered)).contains(code);
        screenshot("mailbox-mail-1280");
    }

    @Test
    void registrationPageAtDesktopAndPhoneWidths() {
        driver.get(base + "/register");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        screenshot("register-1280");
        assertReadable("register at 1280");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        screenshot("register-390");
        assertReadable("register at 390");

        // the errors at phone width: an empty form sent as is
        submit(driver.findElement(By.id("registration")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#firstName.is-invalid")));
        assertThat(driver.findElement(By.cssSelector("#firstName ~ .invalid-feedback")).getText()).contains("P-01");
        assertThat(driver.findElement(By.cssSelector("#partnerCode ~ .invalid-feedback")).getText()).contains("P-03");
        assertThat(driver.findElements(By.cssSelector("#registration .invalid-feedback")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList())
                .hasSizeGreaterThanOrEqualTo(8).allSatisfy(text -> assertThat(text).isNotBlank());
        screenshot("register-errors-390");
        assertReadable("register with errors at 390");

        // Russian words are longer: the phone layout must hold them too
        driver.get(base + "/register?lang=ru");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
        screenshot("register-ru-390");
        assertReadable("register in Russian at 390");
    }

    // --- a person's actions ----------------------------------------------------------------------------------

    private WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    private String value(String id) {
        return field(id).getDomProperty("value");
    }

    private void type(String id, String text) {
        WebElement element = field(id);
        element.click();
        element.sendKeys(text);
    }

    /** Selects what the field holds and types over it, as a person corrects a field. */
    private void retype(String id, String text) {
        WebElement element = field(id);
        element.click();
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        element.sendKeys(Keys.BACK_SPACE);
        element.sendKeys(text);
        assertThat(element.getDomProperty("value")).isEqualTo(text);
    }

    private void submit(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private String awaitCodeCheck(Function<String, Boolean> accepted) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "#code-check says: " + driver.findElement(By.id("code-check")).getText())
                .until(d -> {
                    String text = d.findElement(By.id("code-check")).getText();
                    return accepted.apply(text) ? text : null;
                });
    }

    private void signInInBrowser(String email, String password) {
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        username.sendKeys(email);
        field("password").sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    // --- for the humans who look at the pages: never fails the test ------------------------------------------

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            // and the whole page, below the fold too: the viewport is made as tall as the page for one capture
            if (driver instanceof ChromeDriver chrome) {
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) chrome.executeScript("return { width: window.innerWidth,"
                        + " height: Math.max(window.innerHeight, document.documentElement.scrollHeight) };");
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.get("width"),
                        "height", size.get("height"), "deviceScaleFactor", 1, "mobile", false));
                try {
                    Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
                    Files.write(SCREENSHOTS.resolve(name + "-full.png"),
                            Base64.getDecoder().decode((String) shot.get("data")));
                } finally {
                    chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
            }
        } catch (Exception e) {
            log.warn("screenshot {} not taken: {}", name, e.toString());
        }
    }

    /** What a person would notice: a page wider than the screen, message keys shown instead of texts. */
    private void assertReadable(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var root = document.documentElement, wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > root.clientWidth + 1) {
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

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("could not delete {}: {}", dir, e.toString());
        }
    }
}
