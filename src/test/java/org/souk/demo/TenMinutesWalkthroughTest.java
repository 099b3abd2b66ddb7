package org.souk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.support.Browser;
import org.souk.support.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's "Try it in ten minutes", step by step in Chromium, on a market started as
 * {@code ./mvnw spring-boot:run} starts it: with the demo data (its own database and context) and only the
 * README's demo logins. The partner submits the demo draft, the moderator approves it, a visitor finds it in
 * the catalog, the demo customer installs it and the demo app finishes the install and opens in its frame.
 */
@TestPropertySource(properties = { "souk.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:walkthrough;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class TenMinutesWalkthroughTest extends BrowserTest {

    private static final String DRAFT = "examplewidgets." + DemoSolution.DRAFT_CODE;

    @Test
    void submitApproveFindInstallAndOpen() {
        // 1. the partner Wanda submits her draft "Deal Follow-ups"
        open("/");
        driver.findElement(By.linkText("Sign in")).click();
        browser.signIn("wanda@example.com", DemoData.PASSWORD);
        assertLandsOn("/partner");
        open("/partner/solutions");
        driver.findElement(By.partialLinkText("Deal Follow-ups")).click();
        driver.findElement(By.cssSelector("a[href='/partner/solutions/" + DRAFT + "/moderation']")).click();
        assertThat(visible(By.id("submit-title")).findElement(By.xpath("..")).getText())
                .contains("The checks find no blocker");
        driver.findElement(By.id("submit")).click();
        assertThat(visible(By.cssSelector("[role=status].alert-success")).getText())
                .startsWith("Submitted for moderation:");
        assertThat(visible(By.id("position")).getText()).isEqualTo("1");
        browser.screenshot("walkthrough-1-submitted-1280");
        signOut();

        // 2. the moderator Mona lands on her queue, claims the submission and approves it
        signIn("mona@example.com");
        assertLandsOn("/moderation");
        driver.findElement(By.linkText("Deal Follow-ups")).click();
        visible(By.id("claim")).click();
        visible(By.id("approve")).click();
        visible(By.id("decision-ok")).click(); // the decision is confirmed in a dialog first
        visible(By.id("outcome"));
        wait(Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Approved"));
        browser.screenshot("walkthrough-2-approved-1280");
        signOut();

        // 3. anyone finds it in the catalog
        open("/");
        WebElement search = visible(By.cssSelector("main input[name=q]"));
        search.sendKeys("follow-up", Keys.ENTER);
        visible(By.partialLinkText("Deal Follow-ups")).click();
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Deal Follow-ups");
        browser.screenshot("walkthrough-3-catalog-1280");

        // 4. the customer Cora installs it on her account; the app finishes the install and opens in its frame
        driver.findElement(By.linkText("Install")).click();
        browser.signIn("cora@example.com", DemoData.PASSWORD);
        assertThat(visible(By.tagName("h1")).getText()).contains("Deal Follow-ups").contains("cora-shop.example.com");
        browser.screenshot("walkthrough-4-consent-1280");
        visible(By.id("install")).click();
        assertLandsOn("/accounts/cora-shop.example.com");
        driver.findElement(By.cssSelector("#app-" + DRAFT.replace(".", "\\.") + " a[href$='/open']")).click();
        // the installer page in the frame called BX24.installFinish(): Souk counts the app as installed
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/accounts/cora-shop.example.com")));
        assertThat(visible(By.cssSelector("[role=status].alert-success")).getText()).containsIgnoringCase("install");
        driver.findElement(By.cssSelector("#app-" + DRAFT.replace(".", "\\.") + " a[href$='/open']")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("app-frame"));
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("demo-status"),
                "Working on cora-shop.example.com."));
        driver.switchTo().defaultContent();
        browser.screenshot("walkthrough-4-opened-1280");
        signOut();

        // 5. the manager lands on the partners' applications, the administrator on the administration
        signIn("max@example.com");
        assertLandsOn("/manage/partners");
        assertThat(driver.getPageSource()).contains("placeholder_apps");
        signOut();
        signInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertLandsOn("/admin/users");
    }

    private void signIn(String email) {
        signInAs(email, DemoData.PASSWORD);
    }

    private void signInAs(String email, String password) {
        open("/login");
        browser.signIn(email, password);
    }

    /** Waits for the navigation a click started (a form post answers later than the click returns). */
    private void assertLandsOn(String expected) {
        try {
            browser.waits().until(d -> expected.equals(path()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(path()).isEqualTo(expected);
        }
    }

    private String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }
}
