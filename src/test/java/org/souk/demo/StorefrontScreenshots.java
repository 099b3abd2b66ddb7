package org.souk.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.souk.support.Browser;
import org.souk.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The program that makes the README's screenshots (docs/screenshots) from the demo data: the storefront (home,
 * search, a solution, a partner) and the partner's list of solutions and solution page in the developer's area,
 * each at 1280 and 390 px
 * (the first screen a person sees). It runs only when asked for:
 *
 * <pre>./mvnw test -Dtest=StorefrontScreenshots -Dsouk.screenshots=docs/screenshots</pre>
 */
@TestPropertySource(properties = { "souk.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:walkthrough;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class StorefrontScreenshots extends IntegrationTest {

    private static final String APP = "examplewidgets." + DemoSolution.APP_CODE;

    @BeforeAll
    static void asked() {
        Assumptions.assumeTrue(System.getProperty("souk.screenshots") != null,
                "screenshots are made only with -Dsouk.screenshots=<folder>");
        Browser.assumeInstalled();
    }

    @Test
    void screenshots() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("souk.screenshots")));
        Map<String, String> storefront = new LinkedHashMap<>();
        storefront.put("home", "/");
        storefront.put("search", "/search?q=crm");
        storefront.put("solution", "/apps/" + APP);
        storefront.put("partner", "/partners/examplewidgets");
        for (int width : new int[] { 1280, 390 }) {
            int height = width == 390 ? 844 : 800;
            try (Browser browser = Browser.start(width, height)) {
                if (width < 500) {
                    browser.phone(width, height);
                }
                WebDriver driver = browser.driver();
                for (var page : storefront.entrySet()) {
                    shoot(driver, "http://localhost:" + port + page.getValue() + lang(page.getValue()),
                            folder.resolve(page.getKey() + "-" + width + ".png"));
                }
                driver.get("http://localhost:" + port + "/login?lang=en");
                browser.signIn("wanda@example.com", DemoData.PASSWORD);
                shoot(driver, "http://localhost:" + port + "/partner/solutions/" + APP,
                        folder.resolve("partner-solution-" + width + ".png"));
                shoot(driver, "http://localhost:" + port + "/partner/solutions",
                        folder.resolve("partner-solutions-" + width + ".png"));
            }
        }
    }

    private static String lang(String path) {
        return (path.contains("?") ? "&" : "?") + "lang=en";
    }

    /** The page once its images have loaded, as the window shows it. */
    private static void shoot(WebDriver driver, String url, Path file) throws Exception {
        driver.get(url);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int i = 0; i < 50 && !(Boolean) js.executeScript(
                "return Array.from(document.images).every(function (i) {"
                        + " return i.complete || i.getBoundingClientRect().top > innerHeight; })"); i++) {
            Thread.sleep(100);
        }
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
