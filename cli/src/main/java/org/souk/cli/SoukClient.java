package org.souk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The market's public API (/api/v1) with a personal access token: JSON in and out, multipart uploads, and lists
 * read whether the API answers a plain array or a page {items, page, size, total}.
 */
final class SoukClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Pages are followed up to this many items: a guard against a server that always answers a full page. */
    private static final int MAX_ITEMS = 10_000;

    private final String base;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;
    private final String language;
    private final Texts texts;
    /** The command line that uses this client, as a refusal of the token's scope names it. */
    private String command = "souk";

    SoukClient(String url, String token, String language) {
        this(url, token, language, Duration.ofMinutes(5));
    }

    /**
     * language: of the market's messages and findings (Accept-Language) and of the tool's own, null for the
     * defaults; timeout: per request, as running the checks (URLs that must answer) can take a minute on a busy market.
     */
    SoukClient(String url, String token, String language, Duration timeout) {
        this.base = url.replaceAll("/+$", "");
        this.token = token;
        this.language = language;
        this.texts = new Texts(language);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    String base() {
        return base;
    }

    /** Names the command that uses this client (`souk card push`), for the refusals of the token's scope. */
    SoukClient command(String name) {
        this.command = name;
        return this;
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    JsonNode get(String path) {
        return send(request(path).GET());
    }

    JsonNode post(String path, Object body) {
        return send(request(path).POST(json(body)));
    }

    JsonNode patch(String path, Object body) {
        return send(request(path).method("PATCH", json(body)));
    }

    JsonNode put(String path, Object body) {
        return send(request(path).PUT(json(body)));
    }

    JsonNode delete(String path) {
        return send(request(path).DELETE());
    }

    /** Every item of a list, following the pages of a paginated one. */
    List<JsonNode> list(String path) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode first = get(path);
        if (first.isArray()) {
            first.forEach(items::add);
            return items;
        }
        JsonNode page = first;
        int number = page.path("page").asInt(0);
        while (true) {
            JsonNode content = page.path("items");
            content.forEach(items::add);
            long total = page.path("total").asLong(items.size());
            if (content.isEmpty() || items.size() >= total || items.size() >= MAX_ITEMS) {
                return items;
            }
            number++;
            page = get(path + (path.contains("?") ? "&" : "?") + "page=" + number + "&size="
                    + Math.max(content.size(), page.path("size").asInt(content.size())));
        }
    }

    /** The first page of a list: its newest items where it lists newest first, without reading the rest. */
    List<JsonNode> firstPage(String path, int size) {
        JsonNode page = get(path + (path.contains("?") ? "&" : "?") + "size=" + size);
        List<JsonNode> items = new ArrayList<>();
        (page.isArray() ? page : page.path("items")).forEach(items::add);
        return items;
    }

    /** Bytes of the solution's media (icon, screenshots) for pulling the card. */
    byte[] bytes(String path) {
        HttpResponse<byte[]> response = exchange(request(path).setHeader("Accept", "*/*").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            throw failure(response, new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** A multipart form: the file as part "file", and text fields. */
    JsonNode upload(String method, String path, Path file, String... fields) throws IOException {
        String boundary = "souk-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] == null) {
                continue;
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String name = file.getFileName().toString().replace("\"", "");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + contentType(name) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static String contentType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        return "application/octet-stream";
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("User-Agent", "souk-cli/" + Souk.VERSION);
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (token != null && !token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body),
                StandardCharsets.UTF_8);
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpResponse<String> response = exchange(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 400) {
            throw failure(response, response.body());
        }
        return parse(response.body());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler) {
        HttpRequest request = builder.build();
        try {
            return http.send(request, handler);
        } catch (ConnectException e) {
            throw new Unreachable(texts.get("unreachable.refused", base));
        } catch (HttpTimeoutException e) {
            throw new Unreachable(texts.get("unreachable.timeout", base, request.method(), request.uri().getPath(),
                    String.valueOf(timeout.toSeconds())));
        } catch (IOException e) {
            throw new Unreachable(texts.get("unreachable.other", base, String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(texts.get("unreachable.interrupted"));
        }
    }

    private static JsonNode parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(trimmed);
        } catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }

    private RuntimeException failure(HttpResponse<?> response, String body) {
        int status = response.statusCode();
        JsonNode problem = parse(body);
        if (status == 403 && token != null && !token.isEmpty()) {
            Souk.TokenTooNarrow narrow = tooNarrow(problem, response.request().method(), path(response.request()));
            if (narrow != null) {
                return narrow;
            }
        }
        String fallback = switch (status) {
            case 401, 403, 404 -> texts.get("api." + status);
            default -> null;
        };
        // the token's refusal in the tool's words: what to do about it is `souk login`, not the market's sentence
        return new ApiException(status, status == 401 || problem.isEmpty() ? null : problem, fallback, texts);
    }

    /**
     * A 403 for the token's scope, said as the check before the first call says it (exit code 7, the login that
     * gives a fitting token): the market marks it ({@code reason: token_scope}), or {@code /api/v1/me} shows that
     * the token falls short of the refused request. Null for a 403 of another kind (roles, partner status).
     */
    private Souk.TokenTooNarrow tooNarrow(JsonNode problem, String method, String path) {
        if (path.equals("/api/v1/me")) {
            return null;
        }
        TokenNeed need = TokenNeed.of(method, path);
        JsonNode me;
        try {
            me = get("/api/v1/me");
        } catch (RuntimeException e) {
            me = JSON.createObjectNode();
        }
        String refusal = need.refusal(command, me, base, texts);
        if (refusal == null && "token_scope".equals(Output.text(problem, "reason"))) {
            refusal = Output.or(Output.text(problem, "detail"), texts.get("api.403")) + "\n"
                    + texts.get("scope.login", need.login(base, Output.text(me, "email")));
        }
        return refusal == null ? null : new Souk.TokenTooNarrow(refusal);
    }

    /** The request's path below the market's address (which may have a path of its own). */
    private String path(HttpRequest request) {
        String path = request.uri().getPath();
        String prefix = URI.create(base).getPath();
        return prefix != null && !prefix.isEmpty() && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /** The market could not be reached or did not answer in time. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }
}
