package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;

/**
 * The developer's area as a partner uses it, in Debian's headless Chromium: adds a solution (the live code
 * preview, the secret shown once), fills the English card (an invalid URL first), uploads icons that are
 * refused (C-19) and one that is taken, a screenshot, and looks at the preview, the overview and the version
 * card at desktop and phone widths. Screenshots go to target/screenshots. Skipped without Chromium.
 */
class SolutionBrowserTest extends IntegrationTest {

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path images;
    private String base;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void browser() throws IOException {
        base = "http://127.0.0.1:" + port;
        browser = Browser.start(1280, 900);
        driver = browser.driver();
        wait = browser.waits();
        images = browser.folder("souk-images-");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void partnerAddsASolutionAndFillsItsCard() throws IOException {
        PartnerLogin partner = registerPartner("brwsol");
        driver.get(base + "/partner/solutions");
        browser.signIn(partner.email(), PASSWORD);
        driver.get(base + "/partner/solutions");

        // 1. the empty list invites to add the first solution
        WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-solutions")));
        assertThat(empty.getText()).contains("You have no solutions yet");
        assertThat(driver.findElement(By.cssSelector(".nav-tabs .nav-link.active")).getText()).isEqualTo("Solutions");
        browser.screenshot("solutions-empty-1280");
        driver.findElement(By.id("add-solution")).click();

        // 2. "Add solution": the code is shown live as partnercode.appcode
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-solution")));
        assertThat(text("code-preview-value")).isEqualTo(partner.code() + ".appcode");
        type("appCode", "CRM_Sync");
        wait.until(d -> text("code-preview-value").equals(partner.code() + ".crm_sync"));
        assertThat(driver.findElement(By.id("freeze-warning")).getText()).contains("P-03").contains(partner.code());
        driver.findElement(By.cssSelector("label[for=type1]")).click();
        browser.screenshot("solution-new-1280");
        browser.assertReadable("add solution at 1280");
        submit(driver.findElement(By.id("new-solution")));

        // 3. the keys page: the secret in full, once, with a warning
        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-secret")));
        String code = partner.code() + ".crm_sync";
        assertThat(driver.getCurrentUrl()).endsWith("/partner/solutions/" + code + "/keys");
        assertThat(secret.getDomProperty("value")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(driver.findElement(By.id("secret-warning")).getText()).contains("Copy the secret now");
        browser.screenshot("solution-keys-1280");
        String shownSecret = secret.getDomProperty("value");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-hidden")));
        assertThat(driver.getPageSource()).doesNotContain(shownSecret);

        // 4. the card: an invalid URL comes back next to its field, with everything typed kept
        driver.get(base + "/partner/solutions/" + code + "/card");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-form")));
        assertThat(driver.findElement(By.id("tab-en")).getText()).contains("English").contains("required");
        type("title-en", "CRM Sync for Teams");
        type("shortDescription-en", "Keeps your CRM contacts in sync with your address book.");
        // the full description in the WYSIWYG editor (Trix): bold by its keyboard shortcut
        type("fullDescription-en-editor", "Two-way sync of ");
        field("fullDescription-en-editor").sendKeys(Keys.chord(Keys.CONTROL, "b"), "contacts");
        type("keywords-en", "crm, contacts, sync");
        type("installation-en", "1. Install.\n2. Open the app and connect your address book.");
        type("support-en", "support@example.com, Mon–Fri 9:00–18:00, answer within a day");
        // categories: at most 5 (C-02), the sixth box cannot be ticked
        List<WebElement> boxes = driver.findElements(By.cssSelector("#categories input[type=checkbox]"));
        for (int i = 0; i < 5; i++) {
            click(boxes.get(i));
        }
        assertThat(boxes.get(5).isEnabled()).isFalse();
        assertThat(driver.findElement(By.cssSelector("#categories [data-max-counter]")).getText()).isEqualTo("5 / 5");
        click(boxes.get(4));
        click(boxes.get(3));
        click(boxes.get(2));
        assertThat(boxes.get(5).isEnabled()).isTrue();
        type("licenseUrl", "not a url");
        type("privacyUrl", "https://example.com/privacy");
        click(driver.findElement(By.cssSelector("label[for=pricingPolicy1]")));
        type("testData", "login demo@example.com / demo");
        clickAndWait(driver.findElement(By.id("save-card")));

        WebElement license = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#licenseUrl.is-invalid")));
        assertThat(driver.findElement(By.cssSelector("#licenseUrl ~ .invalid-feedback")).getText()).contains("C-21");
        assertThat(license.getDomProperty("value")).isEqualTo("not a url");
        assertThat(value("title-en")).isEqualTo("CRM Sync for Teams");
        assertThat(value("installation-en")).isEqualTo("1. Install.\n2. Open the app and connect your address book.");
        assertThat(boxes(true)).hasSize(2);
        browser.screenshot("solution-card-error-1280");
        retype("licenseUrl", "https://example.com/license");
        clickAndWait(driver.findElement(By.id("save-card")));
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#content > .alert-success")));
        assertThat(notice.getText()).contains("The card is saved");
        assertThat(value("title-en")).isEqualTo("CRM Sync for Teams");

        // 5. icons: a transparent one and a huge one are refused with C-19, a 300x300 opaque one is taken
        uploadIcon(png("transparent.png", 300, 300, true));
        assertThat(iconError()).contains("C-19").contains("transparent");
        browser.screenshot("solution-icon-refused-1280");
        uploadIcon(png("huge.png", 2000, 2000, false));
        assertThat(iconError()).contains("C-19").contains("2000x2000");
        uploadIcon(png("icon.png", 300, 300, false));
        WebElement icon = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("icon-image")));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", icon)).intValue() > 0);
        assertThat(driver.findElements(By.id("icon-error"))).isEmpty();
        // the file fields speak the page's language, not the browser's ("Choose File", "No file chosen")
        String card = driver.getCurrentUrl().replaceAll("[?#].*$", "");
        driver.get(card + "?lang=ru");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#icon-form .souk-file")))
                .getText()).contains("Выбрать файл").contains("Файл не выбран");
        driver.get(card + "?lang=en");

        // 6. two screenshots with captions; the second moved up
        for (String caption : List.of("The sync settings", "Contacts after a sync")) {
            WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screenshot-file")));
            file.sendKeys(png(caption.length() + ".png", 1280, 720, false).toAbsolutePath().toString());
            type("screenshot-caption", caption);
            submit(driver.findElement(By.id("screenshot-form")));
            assertThat(driver.findElement(By.cssSelector("#content > .alert-success")).getText())
                    .contains("The screenshot is added");
        }
        List<WebElement> shots = driver.findElements(By.cssSelector("#screenshot-list > li"));
        assertThat(shots).hasSize(2);
        clickAndWait(shots.get(1).findElement(By.cssSelector("button[aria-label='Move up']")));
        wait.until(d -> d.findElements(By.cssSelector("#screenshot-list > li input[name=caption]")).get(0)
                .getDomProperty("value").equals("Contacts after a sync"));
        browser.screenshot("solution-card-1280");
        browser.assertReadable("card at 1280");

        // 7. the preview, the overview and the version card
        driver.get(base + "/partner/solutions/" + code + "/preview");
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview")));
        assertThat(driver.findElement(By.id("preview-label")).getText()).contains("Preview");
        assertThat(driver.findElement(By.id("preview-title")).getText()).isEqualTo("CRM Sync for Teams");
        assertThat(preview.findElement(By.cssSelector("#preview-description strong")).getText()).isEqualTo("contacts");
        assertThat(driver.findElement(By.id("preview-pricing")).getText()).contains("Free");
        assertThat(preview.findElements(By.cssSelector("#preview-screenshots figcaption"))).extracting(WebElement::getText)
                .containsExactly("Contacts after a sync", "The sync settings");
        browser.screenshot("solution-preview-1280");
        browser.assertReadable("preview at 1280");

        driver.get(base + "/partner/solutions/" + code);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("versions")));
        assertThat(driver.findElement(By.id("next-step")).getText()).contains("V-05");
        browser.screenshot("solution-overview-1280");
        browser.assertReadable("overview at 1280");

        driver.get(base + "/partner/solutions/" + code + "/versions/1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("version-form")));
        click(driver.findElement(By.xpath("//input[@name='scopes' and @value='crm']")));
        type("appUrl", "https://sync.example.com/app");
        clickAndWait(driver.findElement(By.id("save-version")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#content > .alert-success")));
        assertThat(driver.findElement(By.xpath("//input[@name='scopes' and @value='crm']")).isSelected()).isTrue();
        browser.screenshot("solution-version-1280");
        browser.assertReadable("version at 1280");

        // 8. the list: the solution with its icon, status and next step
        driver.get(base + "/partner/solutions");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("solution-" + code)));
        assertThat(row.getText()).contains("CRM Sync for Teams").contains(code).contains("Draft").contains("Global");
        browser.screenshot("solutions-list-1280");

        // 9. a phone: every page without horizontal scrolling, in English and Russian
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("", "/card", "/versions/1", "/preview", "/keys")) {
            for (String lang : List.of("en", "ru")) {
                driver.get(base + "/partner/solutions/" + code + page + "?lang=" + lang);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("solution-title")));
                String name = "solution" + (page.isEmpty() ? "-overview" : page.replace("/", "-").replace("-1", ""))
                        + "-" + lang + "-390";
                browser.screenshot(name);
                browser.assertReadable(name);
            }
        }
        for (String lang : List.of("en", "ru")) {
            driver.get(base + "/partner/solutions?lang=" + lang);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("solutions")));
            browser.screenshot("solutions-list-" + lang + "-390");
            browser.assertReadable("list " + lang + " at 390");
            driver.get(base + "/partner/solutions/new?lang=" + lang);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-solution")));
            browser.screenshot("solution-new-" + lang + "-390");
            browser.assertReadable("new " + lang + " at 390");
        }
        driver.get(base + "/?lang=en");
    }

    // --- a person's actions ----------------------------------------------------------------------------------

    private void uploadIcon(Path file) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("icon-file")));
        input.sendKeys(file.toAbsolutePath().toString());
        // the chosen file's name beside the button, as a browser's own file field shows it
        assertThat(driver.findElement(By.cssSelector("#icon-form .souk-file span.form-control")).getText())
                .isEqualTo(file.getFileName().toString());
        submit(driver.findElement(By.id("icon-form")));
    }

    private String iconError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("icon-error"))).getText();
    }

    private List<WebElement> boxes(boolean checked) {
        return driver.findElements(By.cssSelector("#categories input[type=checkbox]")).stream()
                .filter(b -> b.isSelected() == checked).toList();
    }

    private WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    private String value(String id) {
        return field(id).getDomProperty("value");
    }

    private String text(String id) {
        return field(id).getText();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void type(String id, String text) {
        WebElement element = field(id);
        click(element);
        element.sendKeys(text);
    }

    private void retype(String id, String text) {
        WebElement element = field(id);
        click(element);
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        element.sendKeys(Keys.BACK_SPACE);
        element.sendKeys(text);
    }

    /** Sends the form and waits for the next page (the old one is gone). */
    private void submit(WebElement form) {
        clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
    }

    private void clickAndWait(WebElement button) {
        // the page left is marked, the next one is not: asking the old element whether it is stale raced
        // Chromium's navigation ("Node with given id does not belong to the document")
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("document.documentElement.dataset.soukLeft = 'yes'");
        click(button);
        new WebDriverWait(driver, Browser.WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                page.executeScript("return document.readyState === 'complete'"
                        + " && !document.documentElement.dataset.soukLeft")));
    }

    private Path png(String name, int width, int height, boolean transparent) throws IOException {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (!transparent) {
                g.setColor(new Color(20, 48, 74));
                g.fillRect(0, 0, width, height);
            }
            g.setColor(new Color(11, 122, 117));
            g.fillRoundRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4, width / 5, height / 5);
            g.setColor(new Color(245, 194, 107));
            g.fillOval(width * 3 / 8, height * 3 / 8, width / 4, height / 4);
        } finally {
            g.dispose();
        }
        Path file = images.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
