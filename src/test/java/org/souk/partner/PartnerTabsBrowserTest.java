package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.souk.support.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The partner area's tabs (ten of them, above every page of the area and of a solution) in Chromium, on the demo
 * data (the context of TenMinutesWalkthroughTest): at 1280 px every tab is whole inside the strip, in English and
 * in Russian (its labels are longer), nothing to scroll; on a 390 px phone the strip scrolls sideways within the
 * page, shows a shadow at the edge where more tabs are, and the current tab is in view.
 */
@TestPropertySource(properties = { "souk.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:walkthrough;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class PartnerTabsBrowserTest extends BrowserTest {

    private static final String SOLUTION = "/partner/solutions/examplewidgets.sms_reminders";
    private static final List<String> PAGES = List.of("/partner", SOLUTION, SOLUTION + "/analytics",
            "/partner/programs");

    @SuppressWarnings("unchecked")
    private Map<String, Object> strip() {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var strip = document.querySelector('.souk-tabs'), box = strip.getBoundingClientRect(), cut = [];
                strip.querySelectorAll('.nav-link').forEach(function (tab) {
                  var r = tab.getBoundingClientRect();
                  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5
                      || r.bottom > box.bottom + 0.5 || r.width === 0) {
                    cut.push(tab.textContent.trim() + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + '] in ['
                        + Math.round(box.left) + ', ' + Math.round(box.right) + ']');
                  }
                });
                var current = strip.querySelector('.nav-link.active').getBoundingClientRect();
                return { tabs: strip.querySelectorAll('.nav-link').length, cut: cut,
                         scrolls: strip.scrollWidth > strip.clientWidth, rows: new Set(Array.from(
                             strip.querySelectorAll('.nav-link'), function (t) { return Math.round(t.getBoundingClientRect().top); })).size,
                         currentInView: current.left >= box.left - 0.5 && current.right <= box.right + 0.5,
                         shadow: getComputedStyle(strip).backgroundImage };
                """);
    }

    @Test
    void atTheWidthOfALaptopEveryTabIsWholeInBothLanguages() {
        open("/login");
        browser.signIn("wanda@example.com", "demo-password-1");
        for (String language : List.of("en", "ru")) {
            for (String page : PAGES) {
                open(page + "?lang=" + language);
                visible(By.cssSelector(".souk-tabs .nav-link.active"));
                Map<String, Object> strip = strip();
                assertThat(((Number) strip.get("tabs")).intValue()).as(page).isEqualTo(10);
                assertThat((List<?>) strip.get("cut")).as("tabs cut at 1280 px on " + page + " in " + language).isEmpty();
                assertThat(strip.get("scrolls")).as("the strip scrolls on " + page + " in " + language).isEqualTo(false);
                // one row, as tabs read best
                assertThat(((Number) strip.get("rows")).intValue()).as("rows of tabs on " + page + " in " + language)
                        .isEqualTo(1);
            }
            browser.screenshot("partner-tabs-" + language + "-1280");
        }
    }

    @Test
    void onAPhoneTheStripScrollsShowsItAndKeepsTheCurrentTabInView() {
        open("/login");
        browser.signIn("wanda@example.com", "demo-password-1");
        browser.emulate(390, 844);
        for (String language : List.of("en", "ru")) {
            // Webhooks, the last tab: beyond the right edge unless the strip is scrolled to it
            open("/partner/webhooks?lang=" + language);
            visible(By.cssSelector(".souk-tabs .nav-link.active"));
            Map<String, Object> strip = strip();
            assertThat(strip.get("scrolls")).as("the strip scrolls at 390 px in " + language).isEqualTo(true);
            assertThat(strip.get("currentInView")).as("the current tab in view in " + language).isEqualTo(true);
            assertThat((String) strip.get("shadow")).as("the edges' shadows").contains("radial-gradient");
            browser.assertReadable("/partner/webhooks at 390 px in " + language);
            browser.screenshot("partner-tabs-" + language + "-390");
        }
    }
}
