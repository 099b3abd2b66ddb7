package org.souk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the running test server, as a partner's program would make them. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public String text(String field) {
            return body.path(field).asString();
        }

        /** The broken rules of a problem answer, each as "field rule". */
        public java.util.List<String> violations() {
            java.util.List<String> found = new java.util.ArrayList<>();
            for (JsonNode v : body.path("violations")) {
                found.add(v.path("field").asString() + " " + v.path("rule").asString());
            }
            return found;
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response post(String path, Object body, String token) {
        return send(request(path, token).POST(json(body)));
    }

    public Response put(String path, Object body, String token) {
        return send(request(path, token).PUT(json(body)));
    }

    public Response patch(String path, Object body, String token) {
        return send(request(path, token).method("PATCH", json(body)));
    }

    /** Signs in with e-mail and password and returns a fresh personal access token. */
    public String token(String email, String password) {
        Response response = post("/api/v1/tokens", Map.of("email", email, "password", password, "name", "test"), null);
        if (response.status() != 201) {
            throw new AssertionError("no token for " + email + ": " + response.status() + " " + response.body());
        }
        return response.text("token");
    }

    private HttpRequest.Builder request(String path, String token) {
        // generous: the first /v3/api-docs scans every controller and took 20-30 s on a loaded 2-core machine
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() || !text.trim().startsWith("{") && !text.trim().startsWith("[")
                    ? JSON.createObjectNode() : JSON.readTree(text);
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
