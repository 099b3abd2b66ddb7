package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.support.Api;
import org.souk.support.Browser;
import org.souk.support.HostileTexts;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.souk.support.TestMail;
import org.souk.outbound.OutboundAllowList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A partner fills every text of a card with hostile texts; then every page that shows the card is opened in
 * Chromium: the partner's pages and preview, the moderator's review, the catalog page and search, the
 * notifications and the e-mail (GreenMail and the dev mailbox). Nothing runs, nothing navigates away, no
 * dialog opens, and no base, meta refresh, frame, object, style or handler of the texts reaches the DOM.
 */
class CardXssBrowserTest extends IntegrationTest {

    private static final String LEAD = "Hostile card";
    /** Short enough for a title; a plain text that shows literally what it says. */
    private static final String SHORT = LEAD + " <img src=x onerror=alert(1)><meta http-equiv=\"refresh\" "
            + "content=\"0;url=https://" + HostileTexts.EVIL_HOST + "/\"> {{7*7}} [[${7*7}]]";
    /** What a page must not contain that the texts try to put there. */
    private static final String FINDINGS = """
            var found = [];
            // the layout has icons (svg) and htmx a style element of its own, outside the page's main element
            document.querySelectorAll('base, meta[http-equiv], link[href*="evil"], iframe, frame, object, embed,'
                + ' main style, main svg, main math, main form[action*="evil"],'
                + ' script:not([src]):not([type="application/ld+json"]), img[src$="/x"], img[src*="x.png"],'
                + ' img[src*="logout"]').forEach(function (e) { found.push(e.outerHTML.slice(0, 160)); });
            document.querySelectorAll('*').forEach(function (e) {
              for (var i = 0; i < e.attributes.length; i++) {
                var a = e.attributes[i];
                if (/^on/i.test(a.name) || /^(href|src|action|formaction|data|srcdoc)$/i.test(a.name)
                    && /^\\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\\u0000-\\u0020\\u200b]/g, ''))) {
                  found.push(e.tagName + ' ' + a.name + '=' + a.value.slice(0, 80));
                }
              }
            });
            return { xss: window.__xss === undefined ? null : String(window.__xss), found: found,
                     text: document.body.innerText };
            """;

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OutboundAllowList outbound;

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void start() throws Exception {
        Browser.assumeInstalled();
        browser = Browser.start(1280, 900);
        driver = browser.driver();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void hostileCardTextsRunNothingOnAnyPageThatShowsThem() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("xss");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "hostile_app");
        Api.Response saved = api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en",
                hostileTexts()), "testData", HostileTexts.all("Test key: demo-key-123")), partner.token());
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        Api.Response version = api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("whatsNew",
                Map.of("en", HostileTexts.all("First release."))), partner.token());
        assertThat(version.status()).as(version.body().toString()).isEqualTo(200);

        openAs(partner.email(), PASSWORD);
        for (String page : List.of("/partner/solutions/" + code, "/partner/solutions/" + code + "/card",
                "/partner/solutions/" + code + "/versions/1", "/partner/solutions/" + code + "/preview?language=en")) {
            assertHarmless(page);
        }
        look("xss-preview");

        Api.Response submitted = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        long id = submitted.body().path("id").asLong();
        String moderatorEmail = uniqueCode("xssmod") + "@souk.test";
        String moderator = fixture.moderator(moderatorEmail);
        openAs(moderatorEmail, PASSWORD);
        assertHarmless("/moderation/submissions/" + id);
        look("xss-review");

        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), moderator).status())
                .isEqualTo(200);
        Api.Response approved = api.post("/api/v1/moderation/submissions/" + id + "/approval", Map.of(), moderator);
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        fixture.approveEverywhere(id, moderator); // the solution's other region reviews it too

        driver.manage().deleteAllCookies();
        assertHarmless("/apps/" + code + "?lang=en");
        look("xss-catalog");
        assertHarmless("/search?q=hostile&lang=en");

        Message mail = TestMail.await(partner.email(), code);
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(TestMail.subject(mail)).doesNotContain("\r", "\n");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(TestMail.body(mail)).contains(SHORT);
        openAs(partner.email(), PASSWORD);
        assertHarmless("/notifications");
        openAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertHarmless("/admin/mailbox");
        driver.findElement(By.xpath("//a[contains(., '" + code + "')]")).click();
        assertHarmless(driver.getCurrentUrl().substring(("http://localhost:" + port).length()));
    }

    private static Map<String, String> hostileTexts() {
        Map<String, String> texts = new HashMap<>();
        texts.put("title", SHORT);
        texts.put("shortDescription", SHORT + " Sends reminders about deals.");
        // no ';' in keywords (C-16 takes it for a separator): no meta refresh here
        texts.put("keywords", "sms, reminders, <img src=x onerror=alert(1)>, {{7*7}}, [[${7*7}]], __${7*7}__");
        texts.put("fullDescription", HostileTexts.all("<p>" + LEAD + " described in rich text.</p>"));
        texts.put("installation", HostileTexts.all(LEAD + ": open the app, enter the key, see https://docs.example.com/start."));
        texts.put("support", HostileTexts.all(LEAD + ": support@widgets.example.com, Mon-Fri."));
        return texts;
    }

    /** The page as it is and on a phone, 390 px wide: long plain texts wrap instead of widening the page. */
    private void look(String name) {
        browser.screenshot(name + "-1280");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.screenshot(name + "-390");
            browser.assertReadable(name + " at 390 px");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void openAs(String email, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        browser.signIn(email, password);
    }

    /** Opens the page (which shows the card's texts) and checks that nothing of them ran or reached the DOM. */
    private void assertHarmless(String path) throws InterruptedException {
        String url = "http://localhost:" + port + path;
        driver.get(url);
        browser.waits().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        // a refresh after 0 s, a timer, an image's error: each had its moment
        Thread.sleep(700);
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("a dialog opened on " + path + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing opened
        }
        assertThat(driver.getCurrentUrl()).as("the address after opening " + path).isEqualTo(url);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FINDINGS);
        assertThat(facts.get("xss")).as("a script of the texts ran on " + path).isNull();
        assertThat((List<?>) facts.get("found")).as("elements and attributes of the texts on " + path).isEmpty();
        assertThat((String) facts.get("text")).as("the card's texts on " + path).contains(LEAD);
    }
}
