package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.souk.support.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Pages on a 390 px phone, on the demo data (the context of TenMinutesWalkthroughTest), in English and Russian.
 * Tables that turn into blocks (souk-stack): the administrator's staff (names on whole lines, not broken after every
 * few letters in a squeezed column) and regions (pricing policies not squeezed off the screen), the partner's sales
 * settings (the agreement to read and accept in sight, not
 * beyond a sideways scroll). And a hint beside its button sits beside it or under it, never wrapped around it.
 */
@TestPropertySource(properties = { "souk.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:walkthrough;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class PhoneLayoutBrowserTest extends BrowserTest {

    /** A 390 px phone's screen, signed in. */
    private void onAPhoneAs(String email, String password) {
        browser.emulate(390, 844);
        open("/login");
        browser.signIn(email, password);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> table(String id) {
        visible(By.id(id));
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var table = document.getElementById(arguments[0]), scroller = table.closest('.table-responsive');
                var cells = Array.from(table.querySelectorAll('tbody td'), function (c) {
                  return Math.round(c.getBoundingClientRect().right); });
                var names = Array.from(table.querySelectorAll('tbody tr td:first-child > :first-child'), function (n) {
                  return { text: n.textContent.trim(), lines: Math.round(n.getBoundingClientRect().height
                      / parseFloat(getComputedStyle(n).lineHeight)) };
                });
                return { scrolls: scroller.scrollWidth > scroller.clientWidth, right: Math.max.apply(null, cells),
                         width: document.documentElement.clientWidth, names: names };
                """, id);
    }

    @SuppressWarnings("unchecked")
    private void assertBlocks(Map<String, Object> table, String page) {
        assertThat(table.get("scrolls")).as(page + " scrolls sideways").isEqualTo(false);
        assertThat(((Number) table.get("right")).longValue()).as("the cells' right edge on " + page)
                .isLessThanOrEqualTo(((Number) table.get("width")).longValue());
        for (Map<String, Object> name : (List<Map<String, Object>>) table.get("names")) {
            // "Mona Moderator (fictional)" fits one line of a phone; in a squeezed column it took five
            assertThat(((Number) name.get("lines")).intValue()).as(name.get("text") + " on " + page).isEqualTo(1);
        }
    }

    @Test
    void onAPhoneTheStaffTheRegionsAndTheSalesSettingsReadAsBlocks() {
        onAPhoneAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        for (String language : List.of("en", "ru")) {
            open("/admin/users?lang=" + language);
            Map<String, Object> staff = table("staff");
            browser.screenshot("stacked-staff-" + language + "-390");
            assertBlocks(staff, "/admin/users in " + language);
            browser.assertReadable("/admin/users at 390 px in " + language);
            open("/admin/regions?lang=" + language);
            Map<String, Object> regions = table("region-list");
            browser.screenshot("stacked-regions-" + language + "-390");
            assertBlocks(regions, "/admin/regions in " + language);
        }
        driver.manage().deleteAllCookies(); // the menu with "Sign out" is folded on a phone
        onAPhoneAs("wanda@example.com", "demo-password-1");
        for (String language : List.of("en", "ru")) {
            open("/partner/sales?lang=" + language);
            Map<String, Object> sales = table("regions");
            browser.screenshot("stacked-sales-" + language + "-390");
            assertBlocks(sales, "/partner/sales in " + language);
            assertThat((String) ((JavascriptExecutor) driver).executeScript("return getComputedStyle("
                    + "document.querySelector('#region-global td:last-child'), '::before').content"))
                    .as("the agreement's head above it in " + language)
                    .isEqualTo(language.equals("en") ? "\"Agreement\"" : "\"Соглашение\"");
        }
    }

    /** Where the hint is, against its button: beside it (left of the hint at the button's right) or under it. */
    @SuppressWarnings("unchecked")
    private void assertBesideOrUnder(String button, String hint, String page) {
        visible(By.cssSelector(button));
        Map<String, Object> boxes = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var b = document.querySelector(arguments[0]).getBoundingClientRect();
                var h = document.querySelector(arguments[1]).getBoundingClientRect();
                return { beside: h.left >= b.right - 0.5, under: h.top >= b.bottom - 0.5,
                         boxes: [Math.round(b.left), Math.round(b.right), Math.round(b.bottom), Math.round(h.left),
                                 Math.round(h.top)].join(' ') };
                """, button, hint);
        assertThat(Boolean.TRUE.equals(boxes.get("beside")) || Boolean.TRUE.equals(boxes.get("under")))
                .as("the hint beside or under its button on " + page + " (button left, right, bottom; hint left, top: "
                        + boxes.get("boxes") + ")").isTrue();
    }

    @Test
    void onAPhoneAHintSitsBesideOrUnderItsButton() {
        onAPhoneAs("wanda@example.com", "demo-password-1");
        for (String language : List.of("en", "ru")) {
            open("/apps/examplewidgets.sms_reminders?lang=" + language);
            assertBesideOrUnder("#rate a", "#rate span", "the app's page in " + language);
            open("/partner/solutions/examplewidgets.sms_reminders/moderation?lang=" + language);
            assertBesideOrUnder("#submit", "#submit + .form-text", "the Moderation tab in " + language);
            browser.screenshot("hint-moderation-" + language + "-390");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheCardsAddALanguageChoiceReadsWhole() {
        onAPhoneAs("wanda@example.com", "demo-password-1");
        for (String language : List.of("en", "ru")) {
            open("/partner/solutions/examplewidgets.sms_reminders/card?lang=" + language);
            visible(By.id("addLanguage"));
            // the select's first line ("choose…") against the room the select leaves for text beside its arrow
            Map<String, Object> room = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                    var select = document.getElementById('addLanguage'), style = getComputedStyle(select);
                    var context = document.createElement('canvas').getContext('2d');
                    context.font = style.font;
                    var text = select.options[select.selectedIndex].text;
                    return { text: text, needs: Math.ceil(context.measureText(text).width),
                             has: Math.floor(select.clientWidth - parseFloat(style.paddingLeft)
                                 - parseFloat(style.paddingRight)) };
                    """);
            assertThat(((Number) room.get("needs")).intValue()).as("\"" + room.get("text") + "\" in the card's language "
                    + "choice in " + language).isLessThanOrEqualTo(((Number) room.get("has")).intValue());
        }
    }
}
