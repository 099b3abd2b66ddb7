import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.souk.SoukApplication;
import org.souk.identity.NewUser;
import org.souk.identity.UserAccounts;
import org.souk.install.internal.Tokens;
import org.souk.solution.Revisions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7's figures: the market in this JVM (test profile, H2 in memory, REST limit lifted), one installed
 * app with 64 token chains; bench/InstallLoad.java in a second JVM drives 64 connections at the token
 * endpoint (refresh grant with rotation) and at app.info. Usage: bench/install-bench.sh [seconds per phase].
 */
public class InstallBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String seconds = args.length > 0 ? args[0] : "20";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SoukApplication.class)
                .profiles("test").run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--souk.install.rest-rate=1000000000", "--souk.install.rest-burst=1000000000")) {
            int port = Integer.parseInt(context.getBean(Environment.class).getProperty("local.server.port"));
            String base = "http://127.0.0.1:" + port;
            String admin = post(base + "/api/v1/tokens", Map.of("email", "admin@souk.test", "password",
                    "admin-password-1", "name", "bench"), null).path("token").asString();
            String code = "bench_" + Long.toString(System.currentTimeMillis() % 100000, 36);
            post(base + "/api/v1/partners", Map.of("firstName", "Bench", "lastName", "Mark", "email",
                    code + "@bench.example.com", "phone", "+1 555 0100", "partnerCode", code, "companyName", "Bench",
                    "companyWebsite", "https://bench.example.com", "comment", "bench", "password", "bench-password-1",
                    "consent", true), null);
            post(base + "/api/v1/admin/partners/" + code + "/approval", Map.of(), admin);
            String partner = post(base + "/api/v1/tokens", Map.of("email", code + "@bench.example.com", "password",
                    "bench-password-1", "name", "bench"), null).path("token").asString();
            JsonNode solution = post(base + "/api/v1/solutions", Map.of("appCode", "app", "region", "global", "type",
                    "REST_API"), partner);
            String solutionCode = solution.path("code").asString();
            send("PATCH", base + "/api/v1/solutions/" + solutionCode + "/versions/1", Map.of("scopes", List.of("crm"),
                    "appUrl", "https://app.bench.example.com/"), partner);
            Revisions revisions = context.getBean(Revisions.class);
            revisions.publish(revisions.freeze(solutionCode).id());
            context.getBean(UserAccounts.class).create(new NewUser("owner@" + code + ".example.com", "Bench", "Owner",
                    "bench-password-1", null));
            post(base + "/api/v1/admin/accounts", Map.of("domain", code.replace('_', '-') + ".example.com",
                    "adminEmail", "owner@" + code + ".example.com"), admin);
            String owner = post(base + "/api/v1/tokens", Map.of("email", "owner@" + code + ".example.com", "password",
                    "bench-password-1", "name", "bench"), null).path("token").asString();
            JsonNode installation = post(base + "/api/v1/accounts/" + code.replace('_', '-') + ".example.com"
                    + "/installations", Map.of("solution", solutionCode), owner);
            Tokens tokens = context.getBean(Tokens.class);
            List<String> lines = new ArrayList<>();
            lines.add(solution.path("clientId").asString() + " " + solution.path("clientSecret").asString());
            for (int i = 0; i < 64; i++) {
                Tokens.Pair pair = tokens.issue(installation.path("id").asLong(), 1);
                lines.add(pair.accessToken() + " " + pair.refreshToken());
            }
            Path file = Files.createTempFile("souk-install-bench", ".txt");
            Files.write(file, lines);
            Process load = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                    "bench/InstallLoad.java", base, file.toString(), seconds).inheritIO().start();
            System.exit(load.waitFor());
        }
    }

    private static JsonNode post(String url, Object body, String token) throws Exception {
        return send("POST", url, body, token);
    }

    private static JsonNode send(String method, String url, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
