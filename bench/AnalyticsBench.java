import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.SoukApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15's analytics figures on PostgreSQL (a database of its own, {@code souk_analytics_bench}, made anew): N
 * solutions (100 000) with R daily rows (10 000 000: 100 days each), a busy solution with a year of rows in two
 * regions and its test accounts', and a day of events for every solution (yesterday: installs, uninstalls,
 * 1 000 000 REST calls as the nodes add them up by installation, views and clicks, ratings, updates) over 300 000
 * earlier installations. Then the roll-up of
 * yesterday and today (the manager's backfill through the API, timed by the server) and the busy solution's 365
 * days through the API, the CSV and the Analytics tab, one user, sequential requests: p50/p99. See bench/README.md.
 */
public final class AnalyticsBench {

    private static final String DB = "souk_analytics_bench";

    private AnalyticsBench() {
    }

    public static void main(String[] args) throws Exception {
        int solutions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String server = "jdbc:postgresql://" + System.getenv().getOrDefault("PG_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("PG_PORT", "5432") + "/";
        String user = System.getenv().getOrDefault("PG_USER", "postgres");
        String password = System.getenv().getOrDefault("PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SoukApplication.class)
                .profiles("test").run("--server.port=0", "--spring.datasource.url=" + server + DB,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                        "--spring.thymeleaf.cache=true", "--logging.level.root=WARN",
                        "--souk.analytics.refresh-every=PT24H")) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String admin = token(http, base, "admin@souk.test", "admin-password-1");
            String partnerCode = "numbersbench";
            post(http, base + "/api/v1/partners", null, "{\"firstName\":\"Bea\",\"lastName\":\"Bench\",\"email\":"
                    + "\"bea@bench.example\",\"phone\":\"+1 555 0100\",\"partnerCode\":\"" + partnerCode
                    + "\",\"companyName\":\"Bench Numbers\",\"companyWebsite\":\"https://bench.example\",\"comment\":"
                    + "\"bench\",\"password\":\"bench-password-1\",\"consent\":true}");
            post(http, base + "/api/v1/admin/partners/" + partnerCode + "/approval", admin, "{}");
            String partner = token(http, base, "bea@bench.example", "bench-password-1");
            String busy = post(http, base + "/api/v1/solutions", partner,
                    "{\"appCode\":\"busy\",\"region\":\"global\",\"type\":\"REST_API\"}")
                    .replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
            long started = System.nanoTime();
            generate(jdbc, solutions, rows, busy);
            System.out.printf(Locale.ROOT, "generated %d solutions, %d daily rows and a day of events in %d s%n",
                    solutions, rows + 4 * 365, (System.nanoTime() - started) / 1_000_000_000L);

            // the roll-up of yesterday (a day of events for every solution) and of today, as the backfill does it
            LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            for (int round = 1; round <= 2; round++) {
                long t = System.nanoTime();
                String done = post(http, base + "/api/v1/admin/analytics/backfill?from=" + yesterday, admin, "{}");
                System.out.printf(Locale.ROOT, "roll-up of yesterday and today, run %d: %.1f s  %s%n", round,
                        (System.nanoTime() - t) / 1e9, done);
            }

            // the catalog re-reads the ranks after each roll-up (a listener of its own): let it end first
            Thread.sleep(10_000);
            // the busy solution's year: API, CSV, the tab (signed in through the form)
            String from = LocalDate.now(ZoneOffset.UTC).minusDays(364).toString();
            double[] json = time(http, request(base + "/api/v1/solutions/" + busy + "/analytics?from=" + from, partner,
                    "application/json"), runs, "API, 365 days (JSON)");
            time(http, request(base + "/api/v1/solutions/" + busy + "/analytics?from=" + from, partner, "text/csv"),
                    runs, "API, 365 days (CSV)");
            signIn(http, base, "bea@bench.example", "bench-password-1");
            double[] year = time(http, request(base + "/partner/solutions/" + busy + "/analytics?days=365", null,
                    "text/html"), runs, "Analytics tab, 365 days");
            double[] month = time(http, request(base + "/partner/solutions/" + busy + "/analytics", null,
                    "text/html"), runs, "Analytics tab, 30 days");
            time(http, request(base + "/api/v1/admin/analytics?from=" + from, admin, "application/json"), runs,
                    "market, 365 days (JSON)");
            // the reference: the same year's figures as JSON (the same reading, no page), timed in the same run
            System.out.printf(Locale.ROOT, "the tab over the API's JSON of the same year: 365 days p50 %.2f, p99 %.2f;"
                    + " 30 days p50 %.2f, p99 %.2f%n", year[0] / json[0], year[1] / json[1], month[0] / json[0],
                    month[1] / json[1]);
        }
    }

    /** Everything in SQL on the server (generate_series): the bench measures Souk, not the loader. */
    private static void generate(JdbcTemplate jdbc, int solutions, long rows, String busy) {
        long days = Math.max(rows / solutions, 1);
        jdbc.update("""
                INSERT INTO solution (partner_id, code, module_code, technology_type, client_id, secret_hash,
                  secret_rotated_at, created_at, updated_at)
                SELECT 1000000 + s % 5000, 'bench' || s || '.app', 'app', 'REST_API', 'bench.' || s, 'x', now(), now(), now()
                FROM generate_series(1, ?) s""", solutions);
        jdbc.update("""
                INSERT INTO solution_region (solution_id, region_code, added_at)
                SELECT id, 'global', now() FROM solution WHERE code LIKE 'bench%.app'""");
        jdbc.update("""
                INSERT INTO solution_region (solution_id, region_code, added_at)
                SELECT id, 'ru', now() + INTERVAL '1 second' FROM solution WHERE code LIKE 'bench%.app' AND id % 5 = 0
                UNION ALL SELECT id, 'ru', now() + INTERVAL '1 second' FROM solution WHERE code = ?""", busy);
        // the daily rows of the last days before yesterday: 'days' for each solution
        jdbc.update("""
                INSERT INTO analytics_day (solution_code, on_day, region, test, installs, uninstalls, active, updates,
                  views, clicks, ratings, rest_calls)
                SELECT 'bench' || s || '.app', CURRENT_DATE - 1 - d, CASE WHEN s % 5 = 0 THEN 'ru' ELSE 'global' END,
                  FALSE, (s + d) % 3, (s * d) % 2, 10 + s % 500, (s + d) % 7 / 6, (s + d) % 40, (s + d) % 5,
                  (s + d) % 9 / 8, (s % 100) * 10
                FROM generate_series(1, CAST(? AS INT)) s, generate_series(1, CAST(? AS INT)) d""", solutions, days);
        // the busy solution: a year in two regions, customers and test accounts
        jdbc.update("""
                INSERT INTO analytics_day (solution_code, on_day, region, test, installs, uninstalls, active, updates,
                  views, clicks, ratings, rest_calls)
                SELECT ?, CURRENT_DATE - d, r, t, 20 + d % 9, 3 + d % 4, 4000 + d * 3, d % 5, 900 + d % 300, 60 + d % 20,
                  d % 6, 150000 + d * 17
                FROM generate_series(0, 364) d, (VALUES ('global'), ('ru')) regions(r), (VALUES (FALSE), (TRUE)) a(t)""",
                busy);
        jdbc.update("ANALYZE analytics_day");
        // a day of events: 200 000 accounts, 300 000 installations before, 50 000 yesterday, 10 000 uninstalls
        jdbc.update("""
                INSERT INTO customer_account (domain, member_id, plan, language, created_at)
                SELECT 'a' || a || '.bench.example', md5('a' || a), 'basic', CASE WHEN a % 4 = 0 THEN 'ru' ELSE 'en' END,
                  now() FROM generate_series(1, 200000) a""");
        jdbc.update("""
                INSERT INTO installation (account_id, solution_code, version, scope, installable_without_admin, paid,
                  status, application_token, installed_by, test, installed_at, uninstalled_at)
                SELECT (SELECT MIN(id) FROM customer_account) + i % 200000, 'bench' || (1 + i % ?) || '.app', 1, 'crm',
                  TRUE, FALSE, CASE WHEN i % 35 = 0 THEN 'UNINSTALLED' ELSE 'INSTALLED' END, md5('t' || i), 1, i % 50 = 0,
                  CASE WHEN i <= 300000 THEN now() - INTERVAL '40 days' ELSE CURRENT_DATE - 1 + (i % 86400) * INTERVAL '1 second' END,
                  CASE WHEN i % 35 = 0 THEN CURRENT_DATE - 1 + (i % 80000) * INTERVAL '1 second' END
                FROM generate_series(1, 350000) i""", solutions);
        jdbc.update("""
                INSERT INTO rest_call_day (installation_id, on_day, calls)
                SELECT (SELECT MIN(id) FROM installation) + c % 350000, CURRENT_DATE - 1, COUNT(*)
                FROM generate_series(1, 1000000) c GROUP BY 1""");
        jdbc.update("""
                INSERT INTO analytics_hit (on_day, solution_code, language, kind, hits)
                SELECT CURRENT_DATE - 1, 'bench' || s || '.app', CASE WHEN s % 4 = 0 THEN 'ru' ELSE 'en' END, k, s % 50 + 1
                FROM generate_series(1, ?) s, (VALUES ('VIEW'), ('CLICK')) kinds(k)""", solutions);
        jdbc.update("""
                INSERT INTO review (solution_code, partner_id, author_id, author_name, author_email, rating, body,
                  language, status, created_at, updated_at)
                SELECT 'bench' || (1 + r % ?) || '.app', 1, r, 'Bench R.', 'r' || r || '@bench.example', 1 + r % 5,
                  'Fine.', 'en', 'VISIBLE', CURRENT_DATE - 1 + (r % 86400) * INTERVAL '1 second', now()
                FROM generate_series(1, 20000) r""", solutions);
        // 5 000 updates, as install.Installations.update stores them (one in 70 installations)
        jdbc.update("""
                INSERT INTO installation_update (installation_id, account_id, solution_code, from_version, to_version,
                  test, updated_at)
                SELECT id, account_id, solution_code, 1, 2, test, CURRENT_DATE - 1 + (id % 86400) * INTERVAL '1 second'
                FROM installation WHERE id % 70 = 0""");
        for (String table : List.of("customer_account", "installation", "rest_call_day", "analytics_hit", "review",
                "installation_update", "solution", "solution_region")) {
            jdbc.update("ANALYZE " + table);
        }
    }

    private static String token(HttpClient http, String base, String email, String password) throws Exception {
        return post(http, base + "/api/v1/tokens", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"name\":\"bench\"}").replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static String post(HttpClient http, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void signIn(HttpClient http, String base, String email, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static HttpRequest request(String url, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** p50 and p99 in ms. */
    private static double[] time(HttpClient http, HttpRequest request, int runs, String what) throws Exception {
        for (int i = 0; i < 30; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        String started = java.time.LocalTime.now(ZoneOffset.UTC).withNano(0).toString();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos.add(System.nanoTime() - t);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            bytes = response.body().length;
        }
        Collections.sort(nanos);
        // the UTC window of the timed requests: JfrTop's window for a profile of this phase alone
        System.out.printf(Locale.ROOT,
                "%-28s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d requests, %d bytes, %s-%s)%n",
                what, nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) Math.ceil(nanos.size() * 0.99) - 1) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6, nanos.size(), bytes, started,
                java.time.LocalTime.now(ZoneOffset.UTC).withNano(0).plusSeconds(1));
        return new double[] {nanos.get(nanos.size() / 2) / 1e6,
            nanos.get((int) Math.ceil(nanos.size() * 0.99) - 1) / 1e6};
    }
}
