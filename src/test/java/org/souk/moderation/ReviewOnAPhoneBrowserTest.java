package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.demo.DemoSolution;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.NewSolution;
import org.souk.solution.Revisions;
import org.souk.solution.SolutionCards;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A moderator on a phone (390 px): the review page fits the screen, its decision controls stay in reach while
 * scrolling, a remark is attached by tapping a field of the diff, a decision is asked to be confirmed (and a
 * return without a comment cannot be confirmed), and the decision then shows on the page. Screenshots of the
 * review, the chats and the complaints at 390 and 1280 px go to target/screenshots.
 */
class ReviewOnAPhoneBrowserTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Solutions solutions;
    @Autowired
    SolutionCards cards;
    @Autowired
    Revisions revisions;

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void start() throws Exception {
        Browser.assumeInstalled();
        browser = Browser.start(500, 844);
        browser.emulate(390, 844);
        driver = browser.driver();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aModeratorDecidesOnAPhone() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("phonereview");
        long id = fixture.submitted(partner, "phoned_app").id();
        String email = uniqueCode("phonemod") + "@souk.test";
        String token = fixture.moderator(email);
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), token).status()).isEqualTo(200);
        mvc.perform(post("/partner/chats/global").with(csrf()).session(signIn(partner.email(), PASSWORD))
                .param("body", "Our test account is in the test data field.")).andExpect(status().is3xxRedirection());
        // a published app of the partner that someone complains about, for the complaints page
        SoukUser owner = fixture.user(partner.email());
        String listed = solutions.add(owner, new NewSolution("listed_app", "global", TechnologyType.REST_API))
                .solution().code();
        cards.update(owner, listed, new CardPatch(List.of(), List.of(), Map.of("en", new CardText(
                "Invoice Reminders for Long-Overdue Customers", "Reminds.", null, null, null, null)), null, null, null,
                null, null, null));
        revisions.publish(revisions.freeze(listed).id());
        mvc.perform(post("/apps/" + listed + "/complaint").with(csrf()).param("reason", "NOT_AS_DESCRIBED")
                .param("text", "It sends the reminders twice, and the description says nothing about a limit."))
                .andExpect(status().is3xxRedirection());

        driver.get("http://localhost:" + port + "/login");
        browser.signIn(email, PASSWORD);
        driver.get("http://localhost:" + port + "/moderation/submissions/" + id);
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-bar")));
        browser.screenshot("review-390");
        browser.assertReadable("review page at 390 px");

        // the decision controls are on the screen wherever the page is scrolled
        for (String where : new String[] { "0", "document.documentElement.scrollHeight / 2",
            "document.documentElement.scrollHeight" }) {
            js("window.scrollTo(0, " + where + ");");
            assertThat(inView("approve")).as("Approve on the screen, scrolled to " + where).isTrue();
            assertThat(inView("return")).as("Return on the screen, scrolled to " + where).isTrue();
        }

        // a tap on a field of the diff opens a remark beside it
        WebElement title = driver.findElement(By.cssSelector("#diff [data-remark-field='card.texts.en.title']"));
        js("arguments[0].scrollIntoView({block: 'center'});", title);
        title.click();
        WebElement remark = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#diff [data-remark-editor='card.texts.en.title'] textarea")));
        remark.sendKeys("Say what it does in the title.");
        assertThat(driver.findElement(By.id("remark-count")).getText()).startsWith("1 remark");
        browser.screenshot("review-390-remark");

        // a return without a comment: the dialog says so and cannot be confirmed
        driver.findElement(By.id("return")).click();
        WebElement dialog = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-confirm")));
        assertThat(dialog.getText()).contains("Return for revision?").contains("Title (English)");
        assertThat(driver.findElement(By.id("decision-confirm-missing")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("decision-ok")).isEnabled()).isFalse();
        browser.screenshot("review-390-confirm");
        driver.findElement(By.id("decision-cancel")).click();
        browser.waits().until(ExpectedConditions.invisibilityOfElementLocated(By.id("decision-confirm")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("comment");

        // written, confirmed, and shown on the page with its remark
        driver.findElement(By.id("comment")).sendKeys("The title should say what the app does.");
        driver.findElement(By.id("return")).click();
        browser.waits().until(ExpectedConditions.elementToBeClickable(By.id("decision-ok"))).click();
        WebElement outcome = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertThat(outcome.getText()).contains("Returned for revision by " + email)
                .contains("The title should say what the app does.").contains("Title (English)")
                .contains("Say what it does in the title.");
        browser.screenshot("review-390-decided");
        browser.assertReadable("decided review at 390 px");

        look("chats", "/moderation/chats");
        look("chat", "/moderation/chats/" + partner.code() + "/global");
        look("complaints", "/moderation/complaints");
        look("stats", "/moderation/stats");

        // the same pages at 1280 px, signed in as the same moderator
        browser.close();
        browser = Browser.start(1280, 900);
        driver = browser.driver();
        driver.get("http://localhost:" + port + "/login");
        browser.signIn(email, PASSWORD);
        driver.get("http://localhost:" + port + "/moderation/submissions/" + id);
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        browser.screenshot("review-1280-decided");
        browser.assertReadable("decided review at 1280 px");
        look("chats", "/moderation/chats");
        look("chat", "/moderation/chats/" + partner.code() + "/global");
        look("complaints", "/moderation/complaints");
    }

    private void look(String name, String path) {
        driver.get("http://localhost:" + port + path);
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        long width = ((Number) js("return window.innerWidth;")).longValue();
        browser.screenshot(name + "-" + width);
        browser.assertReadable(name + " at " + width + " px");
    }

    private boolean inView(String id) {
        return (Boolean) js("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", id);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
