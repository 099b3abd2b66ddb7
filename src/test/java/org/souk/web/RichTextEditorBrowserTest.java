package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.souk.support.Api;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The card's full description in the WYSIWYG editor (Trix, js/vendor/trix-2.1.19) in Chromium: the editor replaces
 * the HTML textarea, writes what {@link EditorSamples} holds for the same formatting, and the sanitizer keeps what it
 * wrote through a real save (compared as parsed documents, RichTextTest.parsed). Without script the textarea is
 * the field (StorefrontPagesTest and the form's own tests post it as HTML).
 */
class RichTextEditorBrowserTest extends IntegrationTest {

    /** The same steps as the capture of EditorSamples: formatted text loaded, then typed and formatted. */
    private static final String WRITE = """
            var ed = document.getElementById('fullDescription-en-editor').editor;
            var area = document.getElementById('fullDescription-en');
            var outs = [];
            function settle(done) { setTimeout(done, 50); }
            ed.loadHTML('<h2>Setup in three steps</h2><div>Connect your <strong>CRM</strong>, pick a <em>template</em>'
              + ' and press <del>Go</del> then <a href="https://example.com/docs?a=1&b=2">read the docs</a>.</div>'
              + '<ul><li>Deals</li><li>Contacts<ul><li>Leads</li></ul></li></ul><ol><li>First</li><li>Second</li></ol>'
              + '<blockquote>Fast and simple.</blockquote><pre>curl https://example.com/api</pre>');
            settle(function () {
              outs.push(area.value);
              ed.loadHTML('');
              ed.insertString('Price: 5 € per user, "quoted" & <angle>  two  spaces');
              ed.insertLineBreak();
              ed.insertString('Second line');
              ed.setSelectedRange([0, 5]); ed.activateAttribute('bold');
              ed.setSelectedRange([7, 10]); ed.activateAttribute('italic');
              settle(function () {
                outs.push(area.value);
                ed.loadHTML('<div>Пишите: <a href="mailto:help@example.com">help@example.com</a></div><div><br></div>'
                  + '<h2>Цены</h2><ul><li><strong>Бесплатно</strong> до 5 пользователей</li></ul>');
                settle(function () { outs.push(area.value); done(outs); });
              });
            });
            """;

    @Autowired
    RichText richText;

    @BeforeAll
    static void chromium() {
        Browser.assumeInstalled();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditorWritesWhatTheSanitizerKeepsAndTheCatalogShows() throws Exception {
        PartnerLogin partner = approvedPartner("trix");
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "trix", "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String code = created.text("code");
        String base = "http://127.0.0.1:" + port;
        try (Browser browser = Browser.start(1280, 900)) {
            var driver = browser.driver();
            driver.get(base + "/login?lang=en");
            browser.signIn(partner.email(), PASSWORD);
            driver.get(base + "/partner/solutions/" + code + "/card");
            WebElement editor = browser.waits().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("fullDescription-en-editor")));
            assertThat(driver.findElement(By.id("fullDescription-en")).isDisplayed()).isFalse();
            // the toolbar: bold, italic, strike, link, heading, quote, code, lists; no file button
            WebElement toolbar = driver.findElement(By.cssSelector("trix-toolbar"));
            assertThat(toolbar.findElement(By.cssSelector("[data-trix-attribute=heading1]")).isDisplayed()).isTrue();
            assertThat(toolbar.findElement(By.cssSelector("[data-trix-action=attachFiles]")).isDisplayed()).isFalse();

            List<String> written = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];\n" + WRITE);
            assertThat(written).isEqualTo(EditorSamples.ALL);
            for (String html : written) {
                assertThat(RichTextTest.parsed(richText.sanitize(html))).as(html).isEqualTo(RichTextTest.parsed(html));
            }

            // typed by a person, a step at a time (the editor renders between keys): a bold word by its shortcut
            WebElement area = driver.findElement(By.id("fullDescription-en"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].editor.loadHTML(''); arguments[0].focus()", editor);
            editor.sendKeys("It ");
            browser.waits().until(d -> area.getDomProperty("value").contains("It"));
            editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
            editor.sendKeys("saves");
            browser.waits().until(d -> area.getDomProperty("value").contains("<strong>saves</strong>"));
            browser.screenshot("card-editor-1280");
            WebElement save = driver.findElement(By.id("save-card"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
            save.click();
            browser.waits().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        }
        String stored = api.get("/api/v1/solutions/" + code + "/card", partner.token()).body().path("texts").path("en")
                .path("fullDescription").asString();
        assertThat(stored).contains("<strong>saves</strong>");
        assertThat(RichTextTest.parsed(richText.sanitize(stored))).isEqualTo(RichTextTest.parsed(stored));
    }
}
