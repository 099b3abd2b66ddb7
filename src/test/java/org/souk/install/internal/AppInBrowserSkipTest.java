package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/**
 * Where Chromium or its driver is missing the browser part is skipped with a notice that the report shows (in
 * both languages), never a failure; and what the app page's text is searched for.
 */
class AppInBrowserSkipTest {

    @Test
    void withoutChromiumTheRunIsSkippedWithANotice() {
        AppInBrowser browser = new AppInBrowser(new AppTestSettings(true, "/nonexistent/chromium",
                "/nonexistent/chromedriver", Duration.ofSeconds(5), Duration.ofSeconds(10), 128, 2), null, null, null,
                null);
        assertThat(browser.available()).isFalse();
        AppInBrowser.Outcome outcome = browser.run(new AppInBrowser.Target(null, "test.example.com", "p.app",
                "https://app.example.com/install", "https://app.example.com/", () -> true, () -> {
                }));
        assertThat(outcome.skipped()).isEqualTo("skipped.noBrowser");
        assertThat(outcome.found()).isEmpty();
        assertThat(ResourceBundle.getBundle("i18n/install", Locale.ENGLISH).getString("install.app.skipped.noBrowser"))
                .startsWith("The browser test was skipped: Chromium and chromedriver are not installed");
        assertThat(ResourceBundle.getBundle("i18n/install", Locale.forLanguageTag("ru")).getString("install.app.skipped.noBrowser"))
                .startsWith("Проверка в браузере пропущена");
    }

    @Test
    void serverErrorTextsAndMojibakeAreFoundAndPlainTextIsNot() {
        assertThat(AppInBrowser.SERVER_ERROR.matcher("Fatal error: Allowed memory size exhausted").find()).isTrue();
        assertThat(AppInBrowser.SERVER_ERROR.matcher("Traceback (most recent call last):").find()).isTrue();
        assertThat(AppInBrowser.SERVER_ERROR.matcher("Whitelabel Error Page").find()).isTrue();
        assertThat(AppInBrowser.SERVER_ERROR.matcher("Deals due today: 3. No errors.").find()).isFalse();
        assertThat(AppInBrowser.MOJIBAKE.matcher("CafÃ© au lait").find()).isTrue();
        assertThat(AppInBrowser.MOJIBAKE.matcher("it’s â€™ broken").find()).isTrue();
        assertThat(AppInBrowser.MOJIBAKE.matcher("РџСЂРёРІРµС‚").find()).isTrue();
        assertThat(AppInBrowser.MOJIBAKE.matcher("Привет, Café, naïve, Страница").find()).isFalse();
    }
}
