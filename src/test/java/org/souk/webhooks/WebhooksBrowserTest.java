package org.souk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The partner's webhook pages in Chromium, wide and on a phone: an endpoint added through the form (the secret
 * shown once), its deliveries with failed and successful attempts, the API tokens page with its scopes.
 */
class WebhooksBrowserTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;

    private Browser browser;
    private WebDriver driver;
    private Receiver receiver;

    @BeforeEach
    void start() throws Exception {
        Browser.assumeInstalled();
        browser = Browser.start(1280, 900);
        driver = browser.driver();
        receiver = new Receiver();
        outbound.add(receiver.hostPort());
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aPartnerAddsAnEndpointAndReadsItsDeliveries() {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("hookbrowser");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "browsed_hook");
        String base = "http://localhost:" + port;

        driver.get(base + "/login");
        browser.signIn(partner.email(), PASSWORD);
        driver.get(base + "/partner/webhooks?lang=en");
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-endpoints")));
        browser.screenshot("webhooks-empty-1280");
        browser.assertReadable("webhooks, empty");
        driver.findElement(By.id("new-url")).sendKeys(receiver.url());
        driver.findElement(By.id("new-description")).sendKeys("CI of the CRM sync");
        for (String type : List.of("submission.queued", "submission.cancelled")) {
            driver.findElement(By.id("new-event-" + type)).click();
        }
        driver.findElement(By.cssSelector("#new-endpoint button[type=submit]")).click();
        String secret = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook-secret")))
                .getAttribute("value");
        assertThat(secret).startsWith("whsec_");
        receiver.secret(secret);
        browser.screenshot("webhook-created-1280");
        String page = driver.getCurrentUrl();

        // one delivery that failed first and then arrived
        receiver.answer(500);
        api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.calls().size() >= 2);
        driver.get(page);
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveries")));
        assertThat(driver.findElement(By.id("deliveries")).getText()).contains("Submission queued").contains("500")
                .contains("200");
        assertThat(driver.findElements(By.id("webhook-secret"))).isEmpty();
        browser.screenshot("webhook-endpoint-1280");
        browser.assertReadable("webhook endpoint");

        driver.manage().window().setSize(new Dimension(390, 900));
        driver.get(page);
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveries")));
        browser.screenshot("webhook-endpoint-390");
        browser.assertReadable("webhook endpoint on a phone");
        driver.get(base + "/partner/webhooks?lang=ru");
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("endpoints")));
        browser.screenshot("webhooks-ru-390");
        browser.assertReadable("webhooks in Russian on a phone");
        driver.get(base + "/account/tokens?lang=en");
        browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.id("token-read-only")));
        browser.screenshot("tokens-390");
        browser.assertReadable("tokens on a phone");
    }
}
