
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.souk.SoukApplication;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5's numbers: the moderation queue filled with 10 000 open submissions (8 000 in one region), then
 * the queue API (first page, a page deep inside, another region, every region) and the claim, each over
 * real HTTP with a moderator's token, as a moderator's browser or script asks. See bench/README.md.
 */
public final class ModerationBench {

    private ModerationBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SoukApplication.class)
                .profiles("test").run("--server.port=0", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long fill = System.nanoTime();
            List<Object[]> rows = new ArrayList<>();
            Instant start = Instant.now().minusSeconds(count * 60L);
            for (int i = 0; i < count; i++) {
                Instant at = start.plusSeconds(i * 60L);
                rows.add(new Object[] { "bench" + (i % 500) + ".app" + i, 1_000_000L + i % 500, "bench" + (i % 500),
                        "Bench solution " + i, i % 5 == 0 ? "ru" : "global", 1_000_000L + i, 1,
                        i % 3 == 0 ? "NEW_VERSION" : "NEW_SOLUTION", "QUEUED", i % 7 == 0, i % 4,
                        "partner" + (i % 500) + "@bench.example", Timestamp.from(at),
                        Timestamp.from(at.plusSeconds(3 * 86_400)) });
            }
            jdbc.batchUpdate("""
                    INSERT INTO moderation_submission (solution_code, partner_id, partner_code, title, region,
                      revision_id, version_number, kind, status, first_of_partner, warnings, submitted_by,
                      submitted_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            System.out.printf(Locale.ROOT, "queue filled with %d submissions in %d ms%n", count,
                    (System.nanoTime() - fill) / 1_000_000);

            UserAccounts accounts = context.getBean(UserAccounts.class);
            HttpClient http = HttpClient.newHttpClient();
            List<String> tokens = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                String email = "bench-moderator-" + m + "@souk.test";
                accounts.create(new NewUser(email, "Bench", "Moderator", "bench-password-1", Role.MODERATOR));
                String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                                + "\",\"password\":\"bench-password-1\",\"name\":\"bench\"}")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                tokens.add(body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
            }
            String base = "http://127.0.0.1:" + port;
            time(http, tokens.get(0), base + "/api/v1/moderation/queue?region=global&size=50", runs, "queue, first page (global)");
            time(http, tokens.get(0), base + "/api/v1/moderation/queue?region=global&size=50&page=150", runs, "queue, page 150 (global)");
            time(http, tokens.get(0), base + "/api/v1/moderation/queue?region=ru&size=50", runs, "queue, first page (ru)");
            time(http, tokens.get(0), base + "/api/v1/moderation/queue?size=50", runs, "queue, every region");

            List<Long> ids = jdbc.queryForList("SELECT id FROM moderation_submission ORDER BY id", Long.class);
            List<Long> claims = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long id = ids.get(i * 7 % ids.size());
                long t = System.nanoTime();
                int status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/moderation/submissions/" + id
                        + "/claim")).header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                claims.add(System.nanoTime() - t);
                if (status != 200 && status != 409) {
                    throw new IllegalStateException("claim answered " + status);
                }
            }
            print("claim", claims);
        }
    }

    private static void time(HttpClient http, String token, String url, int runs, String what) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build();
        for (int i = 0; i < 20; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            times.add(System.nanoTime() - t);
            if (status != 200) {
                throw new IllegalStateException(url + " answered " + status);
            }
        }
        print(what, times);
    }

    private static void print(String what, List<Long> nanos) {
        Collections.sort(nanos);
        System.out.printf(Locale.ROOT, "%-30s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d requests)%n", what,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.95)) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6, nanos.size());
    }
}
