package org.souk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A 403 of the market for the token's scope, met halfway through a command (the check before the first call did not
 * see it: the market did not say the token's scope in /api/v1/me), ends as that check ends: exit code 7 and the
 * `souk login` that gives a token of the scope needed. A 403 of another kind (roles) stays a refusal, exit code 5.
 */
class ScopeRefusalTest {

    @TempDir
    Path home;
    private HttpServer server;
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // who the token stands for, without its scope (as a market before scopes answered)
        server.createContext("/api/v1/me", e -> answer(e, 200, "{\"email\":\"wanda@example.com\"}"));
        server.createContext("/api/v1/solutions/acme.crm_sync/checks", e -> answer(e, 403, "{\"type\":\"about:blank\","
                + "\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This token is read-only: it may only read "
                + "(GET).\",\"reason\":\"token_scope\"}"));
        server.createContext("/api/v1/solutions/acme.other/checks", e -> answer(e, 403, "{\"type\":\"about:blank\","
                + "\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Your roles do not allow this\"}"));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private record Run(int code, String err) {
    }

    private Run souk(String... args) {
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), Map.of("HOME", home.toString(), "SOUK_URL", url, "SOUK_TOKEN", "souk_pat_x",
                        "LANG", "en_US.UTF-8"), home, false);
        return new Run(Souk.run(terminal, args), err.toString());
    }

    @Test
    void theMarketsRefusalOfTheTokensScopeEndsLikeTheToolsOwnCheck() {
        Run narrow = souk("check", "acme.crm_sync");
        assertThat(narrow.code()).as(narrow.err()).isEqualTo(Souk.TOKEN_TOO_NARROW);
        assertThat(narrow.err()).contains("This token is read-only: it may only read (GET).",
                "Sign in with a token that may (the narrowest that serves): souk login --url " + url
                        + " --email wanda@example.com --solution acme.crm_sync");
    }

    @Test
    void aRefusalOfTheRolesStaysARefusal() {
        Run refused = souk("check", "acme.other");
        assertThat(refused.code()).as(refused.err()).isEqualTo(Souk.REFUSED);
        assertThat(refused.err()).contains("Your roles do not allow this").doesNotContain("souk login");
    }
}
