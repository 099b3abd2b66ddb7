package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.support.BrowserTest;
import org.souk.support.ModerationFixture;

/**
 * A moderator in Chromium: the queue, the review page, the claim, a canned response into the comment,
 * a remark on a field, the checklist, and the return; then the partner reads it on the card page.
 */
class ModerationBrowserTest extends BrowserTest {

    @Test
    void aModeratorReviewsAndReturnsASubmission() {
        ModerationFixture fixture = moderationFixture();
        PartnerLogin partner = approvedPartner("modbrowser");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "browsed_app");
        long id = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body().path("id")
                .asLong();
        String email = uniqueCode("browsermod") + "@souk.test";
        fixture.moderator(email);

        driver.get("http://localhost:" + port + "/login");
        browser.signIn(email, PASSWORD);
        driver.get("http://localhost:" + port + "/moderation?region=global");
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
        browser.screenshot("moderation-queue-1280");
        browser.assertReadable("moderation queue");
        driver.findElement(By.cssSelector("a[href='/moderation/submissions/" + id + "']")).click();

        browser.waits().until(ExpectedConditions.elementToBeClickable(By.id("claim"))).click();
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
        assertThat(driver.findElement(By.id("test-data")).getText()).contains("demo-key-123");
        assertThat(driver.findElement(By.id("diff")).getText()).contains("card.texts.en.title");
        browser.screenshot("moderation-review-1280");
        browser.assertReadable("review page");

        driver.findElement(By.cssSelector("#decision details summary")).click();
        driver.findElement(By.cssSelector("[data-insert-into='#comment']")).click();
        assertThat(driver.findElement(By.id("comment")).getAttribute("value")).matches("(?s)\\[[A-Z]-\\d+\\].+");
        // the remark goes beside the field clicked; the decision is confirmed in a dialog first
        WebElement installation = driver.findElement(By.cssSelector("#card [data-remark-field='card.texts.en.installation']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", installation);
        installation.click();
        WebElement remark = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#card [data-remark-editor='card.texts.en.installation'] textarea")));
        remark.sendKeys("Say where the key is entered.");
        driver.findElement(By.cssSelector("label[for='c-C-01-pass']")).click();
        driver.findElement(By.id("return")).click();
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-confirm")));
        assertThat(driver.findElement(By.id("decision-confirm-remarks")).getText()).contains("Installation (English)");
        driver.findElement(By.id("decision-ok")).click();
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertThat(driver.findElement(By.id("outcome")).getText()).contains("Returned for revision")
                .contains("Say where the key is entered.");

        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        browser.signIn(partner.email(), PASSWORD);
        driver.get("http://localhost:" + port + "/partner/solutions/" + code + "/card");
        String remarks = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("moderator-remarks")))
                .getText();
        assertThat(remarks).contains("Say where the key is entered.");
        browser.screenshot("moderation-remarks-1280");
    }
}
