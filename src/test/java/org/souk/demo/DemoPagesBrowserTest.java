package org.souk.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The pages this part changed, as each of the demo's people opens them, at 1280 and at 390 px: no page wider
 * than the screen, no message key shown; a screenshot of each in target/screenshots for a person to look at.
 * The same context as {@link TenMinutesWalkthroughTest} (the demo data on).
 */
@TestPropertySource(properties = { "souk.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:walkthrough;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DemoPagesBrowserTest extends IntegrationTest {

    private static final String DRAFT = "/partner/solutions/examplewidgets." + DemoSolution.DRAFT_CODE;

    /** Who opens which pages, by e-mail (the administrator's password is the test profile's). */
    private static final Map<String, List<String>> PAGES = Map.of(
            "wanda@example.com", List.of(DRAFT, DRAFT + "/card", DRAFT + "/checks", DRAFT + "/moderation",
                    "/partner/sales", "/partner/sales/global/agreement", "/partner/users", "/partner/chats"),
            "mona@example.com", List.of("/moderation", "/moderation/stats"),
            "cora@example.com", List.of("/accounts", "/install/examplewidgets." + DemoSolution.APP_CODE),
            ADMIN_EMAIL, List.of("/admin/users", "/admin/checks"),
            "", List.of("/rules", "/rules/C-25", "/search?q=qqxyzzyqq", "/apps/examplewidgets." + DemoSolution.APP_CODE
                    + "/complaint", DemoAppPages.BASE + DemoSolution.DRAFT_CODE + "/license"));

    @BeforeAll
    static void chromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest
    @ValueSource(ints = { 1280, 390 })
    void thePagesReadAtThisWidth(int width) throws Exception {
        try (Browser browser = Browser.start(width, 900)) {
            WebDriver driver = browser.driver();
            for (var entry : PAGES.entrySet()) {
                driver.manage().deleteAllCookies();
                if (!entry.getKey().isEmpty()) {
                    driver.get("http://localhost:" + port + "/login");
                    browser.signIn(entry.getKey(), entry.getKey().equals(ADMIN_EMAIL) ? ADMIN_PASSWORD
                            : DemoData.PASSWORD);
                }
                for (String path : entry.getValue()) {
                    driver.get("http://localhost:" + port + path);
                    browser.waits().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                    String name = "pages-" + path.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-|-$", "") + "-"
                            + width;
                    browser.screenshot(name);
                    browser.assertReadable(path + " at " + width + " px");
                }
            }
        }
    }
}
