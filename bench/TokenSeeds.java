import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed tokens the way a real app gets them, from a running Souk, through its public API only: a partner
 * registers and is approved, adds an app whose version card names an install event handler (this program's
 * own HTTP server on 127.0.0.1), opens N test accounts (S-11) and installs the app on each. Each install
 * POSTs ONAPPINSTALL to the handler; its {@code auth[refresh_token]} is the head of a chain (one line of the
 * seed file), its {@code auth[access_token]} one line of the access-token file.
 *
 * <p>The handler listens on 127.0.0.1:{@code SEEDS_HANDLER_PORT} (18090 unless set): the server must allow exactly
 * that address ({@code SOUK_OUTBOUND_ALLOWED_HOSTS=127.0.0.1:18090}) and needs
 * {@code SOUK_INSTALL_TEST_ACCOUNTS} ≥ N. Usage: java -cp CLASSPATH bench/TokenSeeds.java BASE_URL
 * ADMIN_EMAIL ADMIN_PASSWORD N OUT_DIR → OUT_DIR/seeds.txt, OUT_DIR/access.txt, OUT_DIR/client.env.
 */
public class TokenSeeds {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        int n = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        BlockingQueue<Map<String, String>> events = new LinkedBlockingQueue<>();
        // a fixed port: the market calls internal addresses only on its allow-list of exact host:port pairs
        int port = Integer.parseInt(System.getenv().getOrDefault("SEEDS_HANDLER_PORT", "18090"));
        HttpServer handler = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        handler.createContext("/", exchange -> {
            Map<String, String> fields = new HashMap<>();
            for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            if ("ONAPPINSTALL".equals(fields.get("event"))) {
                events.add(fields);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        handler.start();
        String app = "http://127.0.0.1:" + handler.getAddress().getPort();
        try {
            String admin = token(base, args[1], args[2]);
            String code = "seeds" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
            String email = code + "@bench.example.com";
            call("POST", base + "/api/v1/partners", Map.of("firstName", "Bench", "lastName", "Seeds", "email", email,
                    "phone", "+1 555 0100", "partnerCode", code, "companyName", "Bench Seeds " + code,
                    "companyWebsite", "https://bench.example.com", "comment", "token bench", "password",
                    "bench-password-1", "consent", true), null);
            call("POST", base + "/api/v1/admin/partners/" + code + "/approval", Map.of(), admin);
            String partner = token(base, email, "bench-password-1");
            JsonNode solution = call("POST", base + "/api/v1/solutions", Map.of("appCode", "tokens", "region", "global",
                    "type", "REST_API"), partner);
            String solutionCode = solution.path("code").asString();
            call("PATCH", base + "/api/v1/solutions/" + solutionCode + "/versions/1", Map.of("scopes", List.of("crm"),
                    "appUrl", app + "/app", "handlerUrl", app + "/handler"), partner);
            // installs from 8 threads at once; the events come back in any order, one chain each
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> installs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                installs.add(pool.submit(() -> {
                    String domain = call("POST", base + "/api/v1/test-accounts", Map.of(), partner).path("domain")
                            .asString();
                    return call("POST", base + "/api/v1/accounts/" + domain + "/installations",
                            Map.of("solution", solutionCode), partner);
                }));
            }
            for (Future<?> install : installs) {
                install.get();
            }
            pool.shutdown();
            StringBuilder seeds = new StringBuilder();
            StringBuilder access = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Map<String, String> event = events.poll(60, TimeUnit.SECONDS);
                if (event == null) {
                    throw new IllegalStateException("only " + i + " ONAPPINSTALL events of " + n + " within 60 s");
                }
                seeds.append(event.get("auth[refresh_token]")).append('\n');
                access.append(event.get("auth[access_token]")).append('\n');
            }
            Files.writeString(out.resolve("seeds.txt"), seeds);
            Files.writeString(out.resolve("access.txt"), access);
            Files.writeString(out.resolve("client.env"), "CLIENT_ID=" + solution.path("clientId").asString()
                    + "\nCLIENT_SECRET=" + solution.path("clientSecret").asString() + "\nSOLUTION=" + solutionCode + "\n");
            System.out.println(n + " installations of " + solutionCode + ", ONAPPINSTALL received for each: " + out);
        } finally {
            handler.stop(0);
        }
    }

    private static String token(String base, String email, String password) throws Exception {
        return call("POST", base + "/api/v1/tokens", Map.of("email", email, "password", password, "name", "bench"), null)
                .path("token").asString();
    }

    private static JsonNode call(String method, String url, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body().isBlank() ? "{}" : response.body());
    }
}
