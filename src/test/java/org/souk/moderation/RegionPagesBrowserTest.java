package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.identity.UserAccounts;
import org.souk.support.BrowserTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of issue 17 in Chromium at 1280 and 390 pixels, as each role sees them: no horizontal scrolling, no
 * message key left untranslated. The partner's review date (P-05), the per-region lines of a submission, the REST
 * call log (F-10), the managers' moderators page, a moderator's queue of their regions and the review's regions,
 * the administrators' regions (S-05) and trademarks (C-19).
 */
class RegionPagesBrowserTest extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    private void as(String email, String password, String name, List<String> pages) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        browser.signIn(email, password);
        for (int width : new int[] { 1280, 390 }) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (int i = 0; i < pages.size(); i++) {
                driver.get("http://localhost:" + port + pages.get(i));
                browser.waits().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
                browser.screenshot("issue17-" + name + "-" + i + "-" + width);
                // what sticks out of the page, not inside a box that scrolls on its own (tables, tabs)
                Object outside = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                        var width = document.documentElement.clientWidth, wide = [];
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          var scrolls = false;
                          for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                            scrolls = scrolls || ['auto', 'scroll', 'hidden'].indexOf(getComputedStyle(p).overflowX) >= 0;
                          }
                          if (r.width > 0 && r.right > width + 1 && !scrolls) {
                            wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                                + ' right=' + Math.round(r.right) + ' ' + (e.textContent || '').slice(0, 60));
                          }
                        });
                        return wide.slice(0, 10);""");
                assertThat((List<?>) outside).as("wider than " + pages.get(i) + " at " + width).isEmpty();
                browser.assertReadable(pages.get(i) + " at " + width);
            }
        }
    }

    @Test
    void everyNewPageReadsWellWideAndNarrow() {
        ModerationFixture fixture = moderationFixture();
        // a region whose name is long: its agreement badge on the partner's page must wrap, not widen the page
        String longRegion = uniqueCode("longname");
        assertThat(api.post("/api/v1/admin/regions", Map.of("code", longRegion, "name",
                "Commonwealth of Very Long Region Names " + longRegion, "mandatoryLanguage", "en"), adminToken())
                .status()).isEqualTo(201);
        PartnerLogin pending = registerPartner("pagespending");
        as(pending.email(), PASSWORD, "pending", List.of("/partner"));
        assertThat(driver.findElement(By.id("review-by")).getText()).contains("3–4");

        PartnerLogin partner = approvedPartner("pagesregions");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "paged_app");
        long global = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body()
                .path("id").asLong();
        as(partner.email(), PASSWORD, "partner", List.of("/partner/solutions/" + code + "/moderation",
                "/partner/solutions/" + code + "/rest-calls"));
        assertThat(driver.findElement(By.id("no-calls")).getText()).isNotBlank();
        driver.get("http://localhost:" + port + "/partner/solutions/" + code + "/moderation");
        assertThat(driver.findElement(By.id("per-region")).getText()).contains("Global").contains("Russia");

        String managerEmail = uniqueCode("pagesmax") + "@souk.test";
        String manager = fixture.manager(managerEmail);
        String moderatorEmail = uniqueCode("pagesmona") + "@souk.test";
        fixture.moderator(moderatorEmail);
        long moderatorId = accounts.findByEmail(moderatorEmail).orElseThrow().id();
        api.put("/api/v1/admin/moderators/" + moderatorId + "/regions", Map.of("regions", List.of("ru")), manager);
        as(managerEmail, PASSWORD, "manager", List.of("/manage/moderators"));
        as(moderatorEmail, PASSWORD, "moderator", List.of("/moderation", "/moderation/submissions/" + global));
        assertThat(driver.findElement(By.id("regions")).getText()).contains("Global").contains("Russia");
        driver.get("http://localhost:" + port + "/moderation");
        assertThat(driver.findElement(By.id("my-regions")).getText()).contains("Russia");

        as(ADMIN_EMAIL, ADMIN_PASSWORD, "admin", List.of("/admin/regions", "/admin/checks"));
        assertThat(driver.findElement(By.id("trademarks")).getText()).isNotBlank();
    }
}
