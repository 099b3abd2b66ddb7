package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;

/**
 * What a phone keeps between pages (issue 19, Lighthouse's cache audit): every style and script a page links is at an
 * address that names its content and is kept a year without asking again; the same files at their plain addresses
 * (which partners' apps load) and any error are asked for again.
 */
class StaticFileCachingTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cacheControl(HttpResponse<String> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    @Test
    void whatAPageLinksIsKeptAYearAndThePlainAddressesAreAskedAgain() throws Exception {
        String page = get("/login").body();
        List<String> linked = new ArrayList<>();
        Matcher links = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(page);
        while (links.find()) {
            linked.add(links.group(1));
        }
        assertThat(linked).anyMatch(path -> path.matches("/css/souk-[0-9a-f]{32}\\.css"))
                .anyMatch(path -> path.matches("/js/souk-[0-9a-f]{32}\\.js"))
                .anyMatch(path -> path.matches("/webjars/bootstrap/\\d[^/]*/css/bootstrap\\.min\\.css"));
        for (String path : linked) {
            HttpResponse<String> file = get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(cacheControl(file)).as(path).isEqualTo("max-age=31536000, public, immutable");
        }
        for (String plain : List.of("/css/souk.css", "/js/bx24.js", "/webjars/bootstrap/css/bootstrap.min.css")) {
            HttpResponse<String> file = get(plain);
            assertThat(file.statusCode()).as(plain).isEqualTo(200);
            assertThat(cacheControl(file)).as(plain).isEqualTo("no-cache");
        }
        // a file of another release (a rolling deploy) is not found, and that answer is not kept
        HttpResponse<String> missing = get("/css/souk-00000000000000000000000000000000.css");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(cacheControl(missing)).doesNotContain("immutable").doesNotContain("max-age=31536000");
    }
}
