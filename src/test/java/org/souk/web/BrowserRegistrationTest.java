package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import jakarta.mail.Message;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;

/**
 * The partner registration as a person does it, in Debian's headless Chromium: the live code check, a form
 * sent back with a mistake, the developer's area, then an administrator who approves the application and
 * reads the e-mail in the dev mailbox. Skipped where Chromium and chromium-driver are not installed.
 */
class BrowserRegistrationTest extends IntegrationTest {

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    static void browserInstalled() {
        // in @BeforeAll: a machine without a browser skips before the Spring context starts
        Browser.assumeInstalled();
    }

    @BeforeEach
    void browser() throws IOException {
        base = "http://127.0.0.1:" + port;
        browser = Browser.start(1280, 900);
        driver = browser.driver();
        wait = browser.waits();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
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
        browser.screenshot("register-filled-1280");

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
        browser.screenshot("register-error-1280");

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
        browser.screenshot("partner-dashboard-1280");

        // 4. a fresh session: the administrator approves the application
        driver.manage().deleteAllCookies();
        driver.get(base + "/partner");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
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
        browser.screenshot("manage-partner-approved-1280");

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
        browser.screenshot("mailbox-mail-1280");
    }

    @Test
    void registrationPageAtDesktopAndPhoneWidths() {
        driver.get(base + "/register");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        browser.screenshot("register-1280");
        browser.assertReadable("register at 1280");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        browser.screenshot("register-390");
        browser.assertReadable("register at 390");

        // the errors at phone width: an empty form sent as is
        submit(driver.findElement(By.id("registration")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#firstName.is-invalid")));
        assertThat(driver.findElement(By.cssSelector("#firstName ~ .invalid-feedback")).getText()).contains("P-01");
        assertThat(driver.findElement(By.cssSelector("#partnerCode ~ .invalid-feedback")).getText()).contains("P-03");
        assertThat(driver.findElements(By.cssSelector("#registration .invalid-feedback")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList())
                .hasSizeGreaterThanOrEqualTo(8).allSatisfy(text -> assertThat(text).isNotBlank());
        browser.screenshot("register-errors-390");
        browser.assertReadable("register with errors at 390");

        // Russian words are longer: the phone layout must hold them too
        driver.get(base + "/register?lang=ru");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
        browser.screenshot("register-ru-390");
        browser.assertReadable("register in Russian at 390");
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
        return new WebDriverWait(driver, Browser.WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "#code-check says: " + driver.findElement(By.id("code-check")).getText())
                .until(d -> {
                    String text = d.findElement(By.id("code-check")).getText();
                    return accepted.apply(text) ? text : null;
                });
    }
}
