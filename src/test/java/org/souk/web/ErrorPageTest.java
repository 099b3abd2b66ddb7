package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;

/**
 * The error page over real HTTP (MockMvc renders no error page): it says what happened in the page's language, and
 * Spring's reason phrase ("Not Found", always English) is not shown above it as if it were a message for the user.
 */
class ErrorPageTest extends IntegrationTest {

    private HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingPageSaysSoInTheLanguageOfThePageOnly() throws Exception {
        HttpResponse<String> russian = page("/apps/nobody.nothing_here?lang=ru");
        assertThat(russian.statusCode()).isEqualTo(404);
        assertThat(russian.body()).contains("Такой страницы нет").contains("Ошибка 404").doesNotContain("Not Found")
                .doesNotContain("alert-danger");
        HttpResponse<String> english = page("/apps/nobody.nothing_here?lang=en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("This page does not exist").doesNotContain("Not Found")
                .doesNotContain("alert-danger");
    }
}
