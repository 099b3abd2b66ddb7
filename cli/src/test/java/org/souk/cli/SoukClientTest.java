package org.souk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/** Lists as plain arrays and as pages, and problem answers, from a real HTTP server of the test. */
class SoukClientTest {

    private HttpServer server;
    private SoukClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/array", e -> answer(e, 200, "[{\"id\":1},{\"id\":2}]"));
        server.createContext("/paged", e -> {
            String query = e.getRequestURI().getQuery();
            int page = query == null || !query.matches(".*\\bpage=\\d+.*") ? 0
                    : Integer.parseInt(query.replaceAll(".*\\bpage=(\\d+).*", "$1"));
            answer(e, 200, "{\"items\":[{\"id\":" + (2 * page + 1) + "},{\"id\":" + (2 * page + 2)
                    + "}],\"page\":" + page + ",\"size\":2,\"total\":6}");
        });
        server.createContext("/invalid", e -> answer(e, 422, "{\"title\":\"Invalid input\",\"detail\":\"The card "
                + "has mistakes.\",\"violations\":[{\"field\":\"licenseUrl\",\"rule\":\"C-21\",\"message\":"
                + "\"C-21: Enter an address that starts with https://\"}]}"));
        server.createContext("/conflict", e -> answer(e, 409, "{\"title\":\"Conflict\",\"detail\":\"The solution is "
                + "on moderation.\",\"rule\":\"S-08\"}"));
        server.start();
        client = new SoukClient("http://127.0.0.1:" + server.getAddress().getPort() + "/", "t", null,
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void readsPlainArraysAndFollowsPages() {
        assertThat(client.list("/array")).extracting(n -> n.path("id").asInt()).containsExactly(1, 2);
        assertThat(client.list("/paged")).extracting(n -> n.path("id").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        // the first page only, where the newest are: polling a long history does not read all of it
        assertThat(client.firstPage("/paged", 2)).extracting(n -> n.path("id").asInt()).containsExactly(1, 2);
        assertThat(client.firstPage("/array", 2)).extracting(n -> n.path("id").asInt()).containsExactly(1, 2);
    }

    @Test
    void problemsNameTheFieldAndTheRule() {
        assertThatThrownBy(() -> client.patch("/invalid", null)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.getMessage()).isEqualTo("The market did not accept it:");
            assertThat(e.violations()).containsExactly(
                    "licenseUrl: Enter an address that starts with https:// (rule C-21)");
        });
        assertThatThrownBy(() -> client.get("/conflict")).hasMessage("The solution is on moderation. (rule S-08)");
    }

    @Test
    void anUnreachableMarketIsSaidSo() {
        server.stop(0);
        assertThatThrownBy(() -> client.get("/array")).isInstanceOf(SoukClient.Unreachable.class)
                .hasMessageContaining("Cannot reach the market at http://127.0.0.1:");
    }

    @Test
    void durationsAsPeopleWriteThem() {
        Durations durations = new Durations();
        assertThat(durations.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(durations.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(durations.convert("3d")).isEqualTo(Duration.ofDays(3));
        assertThat(durations.convert("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> durations.convert("soon")).hasMessageContaining("not a duration");
    }
}
