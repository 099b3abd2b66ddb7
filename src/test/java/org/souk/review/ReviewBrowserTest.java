package org.souk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.support.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15 in Chromium on the market with the demo data (the context of TenMinutesWalkthroughTest): the demo
 * customer Cora installs the SMS app, rates and reviews it and reports another review; the partner Wanda replies;
 * Cora sees the reply on the app's page; the moderator Mona finds the report on the moderators' tab. The solution
 * page and the tab are looked at at 1280 and 390 px. Wanda then sees Cora's install on her solution's Analytics tab
 * (the roll-up runs every 2 s here): the fourth install of the day after the three of the demo's reviewers.
 */
@TestPropertySource(properties = { "souk.demo-data=true", "souk.analytics.refresh-every=PT2S",
        "spring.datasource.url=jdbc:h2:mem:walkthrough;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ReviewBrowserTest extends BrowserTest {

    private static final String PASSWORD = "demo-password-1";
    private static final String APP = "examplewidgets.sms_reminders";

    @Test
    void theDemoCustomerRatesAndReviewsThePartnerRepliesAndAModeratorSeesTheReport() throws Exception {
        // the demo's fictional customers rated the SMS app already: average, count and their reviews show
        open("/apps/" + APP);
        assertThat(visible(By.id("reviews-heading")).getText()).isEqualTo("Ratings and reviews");
        assertThat(driver.findElement(By.id("reviews")).getText()).contains("3 ratings")
                .contains("Thank you, Sam!");

        // Cora installs the app on her account (the demo installer finishes it in the frame)
        driver.findElement(By.linkText("Install")).click();
        browser.signIn("cora@example.com", PASSWORD);
        visible(By.id("install")).click();
        // the account page the install's POST leads to, once it has loaded
        visible(By.cssSelector("#app-" + APP.replace(".", "\\.") + " a[href$='/open']")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/accounts/cora-shop.example.com")));

        // she rates and reviews it from the app's page
        open("/apps/" + APP);
        visible(By.linkText("Rate and review")).click();
        assertThat(visible(By.tagName("h1")).getText()).startsWith("Rate and review");
        assertThat(driver.getPageSource()).contains("cora-shop.example.com");
        driver.findElement(By.cssSelector("label[for='rating-4']")).click();
        driver.findElement(By.id("reviewText")).sendKeys("Our customers come on time now. Setting it up took a while.");
        browser.screenshot("review-form-1280");
        driver.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        assertThat(visible(By.cssSelector("[role=status].alert-success")).getText()).isEqualTo("Your review is saved.");
        WebElement mine = visible(By.xpath("//article[contains(@class,'souk-review')][.//strong[text()='Cora C.']]"));
        assertThat(mine.getText()).contains("Our customers come on time now.");
        String id = mine.getAttribute("id").substring("review-".length());
        assertThat(driver.findElement(By.id("reviews")).getText()).contains("4 ratings");

        // she reports Sam's review
        driver.findElement(By.xpath("//article[contains(@class,'souk-review')][.//strong[text()='Sam C.']]"
                + "//a[contains(@href,'/report')]")).click();
        driver.findElement(By.cssSelector("label[for='reason-OFF_TOPIC']")).click();
        browser.screenshot("review-report-1280");
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        assertThat(visible(By.cssSelector("[role=status].alert-success")).getText()).contains("moderators");
        signOut();

        // Wanda replies from her area
        open("/login");
        browser.signIn("wanda@example.com", PASSWORD);
        open("/partner/reviews");
        WebElement reply = visible(By.id("reply-" + id));
        reply.sendKeys("Thank you, Cora! Version 2 sets up in one step.");
        reply.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        assertThat(visible(By.cssSelector("[role=status].alert-success")).getText()).isEqualTo("Your reply is saved.");
        browser.assertReadable("/partner/reviews");

        // and sees the install on the chart of her solution's Analytics tab: today's row, the chart drawn beside it
        open("/partner/solutions/" + APP);
        visible(By.linkText("Analytics")).click();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        wait(Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            List<WebElement> cells = d.findElements(By.cssSelector("#analytics-days tr[data-day='" + today + "'] td"));
            return cells.size() == 8 && cells.get(1).getText().equals("4");
        });
        WebElement todays = driver.findElement(By.cssSelector("#analytics-days tr[data-day='" + today + "']"));
        assertThat(todays.findElements(By.tagName("td")).get(0).getText()).as("active installations").isEqualTo("4");
        assertThat(visible(By.cssSelector("figure[data-chart=installations] canvas")).getSize().getWidth())
                .isGreaterThan(300);
        assertThat(driver.findElement(By.cssSelector("figure[data-chart=installations] .u-legend")).getText())
                .contains("Installs").contains("Active installations");
        browser.assertReadable("/partner/solutions/" + APP + "/analytics at 1280");
        browser.screenshot("analytics-1280");
        open("/partner/solutions/" + APP + "/analytics?days=365&lang=ru");
        assertThat(visible(By.id("analytics-days-caption")).getText()).isEqualTo("Цифры по дням, сначала новые");
        browser.assertReadable("/partner/solutions/" + APP + "/analytics in Russian");
        browser.screenshot("analytics-ru-365-1280");
        open("/partner/solutions/" + APP + "/analytics?lang=en");
        signOut();

        // Cora sees the reply on the page (and in the menu's bell), in English and in Russian
        open("/login");
        browser.signIn("cora@example.com", PASSWORD);
        open("/apps/" + APP);
        assertThat(visible(By.xpath("//article[contains(@class,'souk-review')][.//strong[text()='Cora C.']]"))
                .getText()).contains("Reply from Example Widgets Ltd (fictional)")
                .contains("Thank you, Cora! Version 2 sets up in one step.");
        open("/notifications");
        assertThat(driver.getPageSource()).contains("replied to your review");
        open("/apps/" + APP + "?lang=ru");
        assertThat(visible(By.id("reviews-heading")).getText()).isEqualTo("Оценки и отзывы");
        browser.assertReadable("/apps/" + APP + " in Russian");
        browser.screenshot("review-solution-ru-1280");
        open("/apps/" + APP + "?lang=en");
        signOut();

        // the solution page at 1280 and 390 px
        open("/apps/" + APP);
        browser.assertReadable("/apps/" + APP + " at 1280");
        browser.screenshot("review-solution-1280");

        // Mona finds the report on the moderators' tab beside the complaints
        open("/login");
        browser.signIn("mona@example.com", PASSWORD);
        open("/moderation/reviews");
        WebElement reported = visible(By.xpath("//div[contains(@id,'moderation-')][.//strong[text()='Sam C.']]"));
        assertThat(reported.getText()).contains("Not about this app: 1");
        browser.assertReadable("/moderation/reviews at 1280");
        browser.screenshot("review-moderation-1280");

        restartBrowser(390, 900);
        open("/apps/" + APP);
        visible(By.id("reviews-heading"));
        browser.assertReadable("/apps/" + APP + " at 390");
        browser.screenshot("review-solution-390");
        open("/login");
        browser.signIn("mona@example.com", PASSWORD);
        open("/moderation/reviews");
        visible(By.id("reviews"));
        browser.assertReadable("/moderation/reviews at 390");
        browser.screenshot("review-moderation-390");
        signOut390();
        open("/login");
        browser.signIn("wanda@example.com", PASSWORD);
        open("/partner/solutions/" + APP + "/analytics");
        visible(By.cssSelector("figure[data-chart=installations] canvas"));
        browser.assertReadable("/partner/solutions/" + APP + "/analytics at 390");
        browser.screenshot("analytics-390");
    }

    /** On a phone the menu is folded: its button first. */
    private void signOut390() {
        driver.findElement(By.cssSelector(".navbar-toggler")).click();
        visible(By.cssSelector("nav .dropdown-toggle"));
        signOut();
    }
}
