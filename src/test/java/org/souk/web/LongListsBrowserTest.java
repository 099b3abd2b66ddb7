package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.souk.support.Api;
import org.souk.support.BrowserTest;

/** The pager as a person uses it, at 1280 and 390 px: "Next" leads on with the page size kept, nothing overflows. */
class LongListsBrowserTest extends BrowserTest {

    @Test
    void thePartnerPagesThroughItsSolutionsOnADeskAndOnAPhone() throws Exception {
        PartnerLogin partner = approvedPartner("listsbrowser");
        for (int i = 0; i < 7; i++) {
            Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "paged_app_" + i, "region",
                    "global", "type", "REST_API"), partner.token());
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        }
        open("/login");
        browser.signIn(partner.email(), PASSWORD);
        for (int width : new int[] { 1280, 390 }) {
            if (width == 390) {
                browser.emulate(390, 844);
            }
            open("/partner/solutions?size=5");
            assertThat(visible(By.cssSelector("nav.souk-pager")).getText()).contains("Page 1 of 2").contains("Total: 7");
            assertThat(driver.findElements(By.cssSelector("#solutions > li"))).hasSize(5);
            browser.assertReadable("solutions, page 1, at " + width);
            browser.screenshot("lists-solutions-" + width);
            driver.findElement(By.cssSelector("nav.souk-pager a[rel=next]")).click();
            browser.waits().until(d -> d.getCurrentUrl().contains("page=1"));
            assertThat(driver.getCurrentUrl()).endsWith("/partner/solutions?page=1&size=5");
            assertThat(driver.findElements(By.cssSelector("#solutions > li"))).hasSize(2);
            assertThat(driver.findElement(By.cssSelector("nav.souk-pager [aria-current=page]")).getText())
                    .isEqualTo("Page 2 of 2");
            browser.assertReadable("solutions, page 2, at " + width);
            browser.screenshot("lists-solutions-2-" + width);
        }
    }

    @Test
    void theAdministratorReadsTheAuditLogOnADeskAndOnAPhone() throws Exception {
        approvedPartner("listsaudit"); // changes to read, whichever test ran before
        approvedPartner("listsaudit");
        open("/login");
        browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        for (int width : new int[] { 1280, 390 }) {
            if (width == 390) {
                browser.emulate(390, 844);
            }
            open("/admin/audit?size=4");
            assertThat(visible(By.cssSelector("nav.souk-pager")).getText()).contains("Page 1 of");
            assertThat(driver.findElements(By.cssSelector("#audit > li"))).hasSize(4);
            browser.assertReadable("audit log at " + width);
            browser.screenshot("lists-audit-" + width);
        }
    }
}
