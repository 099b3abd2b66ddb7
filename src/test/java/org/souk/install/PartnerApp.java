package org.souk.install;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner's app, as a real HTTP server on 127.0.0.1: its handler records every event Souk POSTs (answering
 * {@code status}), and it talks to Souk's {@code /oauth/token/} and {@code /rest/} the way the SDKs do. Public for
 * the tests of other modules that follow an app's events (analytics counts an update from its own flow).
 */
public final class PartnerApp implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final BlockingQueue<Map<String, String>> events = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String souk;

    public PartnerApp(int soukPort, int status) throws IOException {
        this.souk = "http://127.0.0.1:" + soukPort;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/handler", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"));
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            events.add(fields);
            byte[] answer = (status == 200 ? "ok" : "broken").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/app", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** {@code 127.0.0.1:port}, for Souk's outbound allow-list. */
    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next event the handler received, waiting a little for it. */
    public Map<String, String> nextEvent() throws InterruptedException {
        Map<String, String> event = events.poll(15, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event reached the handler");
        }
        return event;
    }

    boolean noMoreEvents() {
        return events.isEmpty();
    }

    record Answer(int status, JsonNode body) {
    }

    /** {@code /oauth/token/} with query parameters, as a GET. */
    Answer tokenByGet(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(URI.create(souk + "/oauth/token/?" + form(parameters))).GET());
    }

    /** {@code /oauth/token} (no slash) as a form POST, as the JS SDK refreshes. */
    Answer tokenByPost(Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(URI.create(souk + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
    }

    /** A REST method as @bitrix24/b24jssdk calls it: JSON body with {@code auth}, a double slash, SDK parameters. */
    Answer restAsSdk(String method, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(souk + "/rest//" + method
                + "?bx24_request_id=1&bx24_sdk_ver=2.2&bx24_sdk_type=b24-js-sdk"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"auth\":\"" + accessToken + "\"}")));
    }

    Answer restByQuery(String method, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(souk + "/rest/" + method + "?auth=" + accessToken)).GET());
    }

    Answer restByBearer(String method, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(souk + "/rest/" + method))
                .header("Authorization", "Bearer " + accessToken).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body().isBlank() ? "{}" : response.body()));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
