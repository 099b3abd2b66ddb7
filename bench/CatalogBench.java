import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.souk.SoukApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's figures: a catalog of N published solutions (100 000 by default; fictional, varied texts in
 * English and Russian) written straight into the catalog's table as the publication events would write it,
 * indexed by the mass indexer (as at a start with an empty index), then driven by wrk (a second process) at
 * 64 connections: a keyword search, a filtered browse and a solution page, each for the given seconds. The
 * market runs on an H2 file database and a Lucene index on disk in a temporary folder, the embedded default.
 * Prints the index build time, requests per second, p50/p99 latency and the heap in use. See bench/README.md.
 */
public final class CatalogBench {

    private static final String[] EN = { "invoice", "reminder", "telephony", "calls", "deals", "pipeline", "report",
        "analytics", "chat", "bot", "calendar", "booking", "payments", "warehouse", "delivery", "forms", "leads",
        "contracts", "documents", "signature", "email", "marketing", "campaign", "survey", "tasks", "projects",
        "timesheet", "payroll", "inventory", "orders", "shipping", "loyalty", "coupons", "feedback", "support",
        "tickets", "knowledge", "sync", "import", "export", "backup", "dashboard", "sales", "quotes", "catalog" };
    private static final String[] RU = { "счета", "напоминания", "телефония", "звонки", "сделки", "воронка", "отчёт",
        "аналитика", "чат", "бот", "календарь", "бронирование", "платежи", "склад", "доставка", "формы", "лиды",
        "договоры", "документы", "подпись", "почта", "маркетинг", "рассылка", "опрос", "задачи", "проекты",
        "табель", "зарплата", "остатки", "заказы", "отгрузка", "лояльность", "купоны", "отзывы", "поддержка",
        "обращения", "база знаний", "синхронизация", "импорт", "экспорт", "резервная копия", "сводка", "продажи" };
    private static final String[][] CATEGORIES = { { "integrations.telephony", "integrations" },
        { "integrations.sms", "integrations" }, { "integrations.payments", "integrations" },
        { "integrations.messengers", "integrations" }, { "automation.workflows", "automation" },
        { "automation.chat_bots", "automation" }, { "analytics.bi_reports", "analytics" },
        { "sites.templates", "sites" }, { "migration", "migration" } };
    private static final String[] TAGS = { "crm", "telephony", "sms", "email", "payments", "analytics", "automation",
        "chat_bot", "documents", "tasks", "hr", "sales", "marketing", "e_commerce", "reports", "calendar", "ai" };
    private static final String[] PRICING = { "FREE", "EXTERNAL_SERVICE_PAID", "ADDITIONAL_PAID_FUNCTIONALITY" };

    private CatalogBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path folder = Files.createTempDirectory("souk-catalog-bench-");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SoukApplication.class)
                .profiles("test")
                // arguments, not default properties: they must win over application-test.properties
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + folder + "/db;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + folder + "/index",
                        "--spring.thymeleaf.cache=true", "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Instant start = Instant.now();
            List<String> codes = generate(context.getBean(DataSource.class), count);
            System.out.printf("generated %d solutions in %d s%n", count, Duration.between(start, Instant.now()).toSeconds());
            start = Instant.now();
            Search.mapping(context.getBean(EntityManagerFactory.class)).scope(Object.class).massIndexer()
                    .threadsToLoadObjects(2).startAndWait();
            System.out.printf("index build: %.1f s for %d solutions%n",
                    Duration.between(start, Instant.now()).toMillis() / 1000.0, count);
            Path script = folder.resolve("paths.lua");
            String base = "http://127.0.0.1:" + port;
            Bench bench = new Bench(folder, script, base, seconds);
            bench.run("keyword search", List.of(
                    "/search?q=invoice+reminders", "/search?q=telephony", "/search?q=%D1%81%D1%87%D0%B5%D1%82%D0%B0",
                    "/search?q=calend", "/search?q=warehuose", "/search?q=%D0%B7%D0%B2%D0%BE%D0%BD%D0%BA%D0%B8+crm",
                    "/search?q=remnders", "/search?q=%D0%BD%D0%B0%D0%BF%D0%BE%D0%BC%D0%B8%D0%BD%D0%B0%D0%BD%D0%B8%D1%8F"),
                    true);
            bench.run("keyword search, every query unique", unique(), false);
            bench.run("filtered browse", List.of(
                    "/search?category=integrations&tag=crm&sort=installs", "/search?category=automation.workflows&pricing=free",
                    "/search?tag=sales&region=global&sort=newest", "/catalog/categories/analytics.bi_reports?page=3",
                    "/catalog/tags/payments", "/partners/benchpartner17", "/catalog/categories/integrations"), true);
            List<String> pages = new ArrayList<>();
            List<String> details = new ArrayList<>();
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                String code = codes.get(random.nextInt(codes.size()));
                pages.add("/apps/" + code);
                details.add("/api/v1/catalog/solutions/" + code);
            }
            bench.run("solution page", pages, true);
            bench.run("API keyword search", List.of("/api/v1/catalog/solutions?q=invoice+reminders",
                    "/api/v1/catalog/solutions?q=telephony&category=integrations"), true);
            bench.run("API solution detail", details, true);
            bench.revalidate("If-None-Match on the keyword search pages (304)", List.of("/search?q=invoice+reminders",
                    "/search?q=telephony", "/search?q=calend"));
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("heap in use after GC: %d MB (committed %d MB, max %d MB)%n", heap.getUsed() >> 20,
                    heap.getCommitted() >> 20, heap.getMax() >> 20);
        }
    }

    /** Rows as Publication writes them: the snapshot JSON and the columns the catalog queries. */
    private static List<String> generate(DataSource dataSource, int count) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Random random = new Random(42);
        List<String> codes = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO catalog_entry (code, partner_id, partner_code, snapshot, first_published_at, "
                        + "published_at, installs, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                String partner = "benchpartner" + (i % 2000);
                String code = partner + ".app" + i;
                codes.add(code);
                String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                List<String> tags = List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)])
                        .stream().distinct().toList();
                Instant published = now.minusSeconds(random.nextInt(3 * 365 * 86400));
                long installs = random.nextInt(5000);
                Map<String, Object> texts = new LinkedHashMap<>();
                texts.put("en", text(random, EN, "Fictional app " + i + ": "));
                texts.put("ru", text(random, RU, "Вымышленное приложение " + i + ": "));
                Map<String, Object> snapshot = new LinkedHashMap<>();
                snapshot.put("code", code);
                snapshot.put("partnerCode", partner);
                snapshot.put("partnerName", "Bench Partner " + (i % 2000) + " (fictional)");
                snapshot.put("technologyType", "REST_API");
                snapshot.put("regions", List.of("global"));
                snapshot.put("homeLanguage", "en");
                snapshot.put("categories", List.of(category[0]));
                snapshot.put("categoryGroups", List.of(category[1]));
                snapshot.put("tags", tags);
                snapshot.put("taxonomyNames", List.of(category[0].replace('_', ' ')));
                snapshot.put("texts", texts);
                snapshot.put("screenshots", List.of());
                snapshot.put("licenseUrl", "https://bench.example.com/license");
                snapshot.put("privacyUrl", "https://bench.example.com/privacy");
                snapshot.put("pricingPolicy", PRICING[random.nextInt(PRICING.length)]);
                snapshot.put("versionNumber", 1);
                snapshot.put("scopes", List.of("crm", "user_brief"));
                snapshot.put("recommended", category[0].equals("integrations.telephony") && random.nextInt(4) == 0);
                snapshot.put("firstPublishedAt", published.toString());
                snapshot.put("publishedAt", published.toString());
                insert.setString(1, code);
                insert.setLong(2, i % 2000);
                insert.setString(3, partner);
                insert.setString(4, json.writeValueAsString(snapshot));
                insert.setTimestamp(5, Timestamp.from(published));
                insert.setTimestamp(6, Timestamp.from(published));
                insert.setLong(7, installs);
                insert.setTimestamp(8, Timestamp.from(now));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return codes;
    }

    private static Map<String, String> text(Random random, String[] words, String prefix) {
        return Map.of("title", capitalize(pick(random, words, 2)) + " " + pick(random, words, 1),
                "shortDescription", prefix + pick(random, words, 6) + ".",
                "fullDescription", "<p>" + pick(random, words, 40) + ".</p><p>" + pick(random, words, 30) + ".</p>",
                "keywords", String.join(", ", pick(random, words, 4).split(" ")),
                "installation", pick(random, words, 12) + ".", "support", "support@bench.example.com");
    }

    private static String pick(Random random, String[] words, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Word pairs in both languages with each sort and page: some 10 000 different searches, none asked twice
     * in a phase of 30 s at the rates reached here (nothing a cache can reuse).
     */
    private static List<String> unique() {
        List<String> paths = new ArrayList<>();
        String[] sorts = { "", "&sort=newest", "&sort=installs" };
        for (String[] words : new String[][] { EN, RU }) {
            for (String first : words) {
                for (String second : words) {
                    if (!first.equals(second)) {
                        String q = java.net.URLEncoder.encode(first + " " + second, java.nio.charset.StandardCharsets.UTF_8);
                        paths.add("/search?q=" + q + sorts[paths.size() % sorts.length]);
                    }
                }
            }
        }
        java.util.Collections.shuffle(paths, new Random(3));
        return paths;
    }

    /** wrk at 64 connections on 2 threads against Souk and then nginx serving the bytes Souk answered. */
    private record Bench(Path folder, Path script, String base, int seconds) {

        void run(String name, List<String> paths, boolean withNginx) throws IOException, InterruptedException {
            ProcessHandle self = ProcessHandle.current();
            Result souk = wrk(name, base, paths, List.of(), self);
            if (!withNginx) {
                return;
            }
            try (Nginx nginx = Nginx.serving(folder, base, paths)) {
                Result served = wrk(name + ": nginx, same bytes", nginx.base(), paths, List.of(), nginx.process());
                System.out.printf("   Souk / nginx: %.1f %% of the requests/s, p99 %s vs %s%n",
                        100 * souk.rate() / served.rate(), souk.p99(), served.p99());
            }
        }

        /** The same pages asked with the ETag Souk gave them: what a browser revalidating its copy costs. */
        void revalidate(String name, List<String> paths) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newHttpClient();
            List<String> headers = new ArrayList<>();
            for (String path : paths) {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                headers.add(answer.headers().firstValue("ETag").orElse(""));
            }
            wrk(name, base, paths, headers, ProcessHandle.current());
        }

        private Result wrk(String name, String target, List<String> paths, List<String> etags, ProcessHandle server)
                throws IOException, InterruptedException {
            StringBuilder lua = new StringBuilder("paths = {");
            paths.forEach(p -> lua.append('"').append(p).append("\",")); 
            lua.append("}\netags = {");
            etags.forEach(e -> lua.append("'").append(e.replace("\"", "\\\"")).append("',"));
            lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
                    + "  local i = (counter % #paths) + 1\n"
                    + "  if #etags > 0 then return wrk.format(\"GET\", paths[i], {[\"If-None-Match\"] = etags[i]}) end\n"
                    + "  return wrk.format(\"GET\", paths[i])\nend\n");
            Files.writeString(script, lua);
            // a short warm-up, then the measured run
            new ProcessBuilder("wrk", "-t2", "-c64", "-d5s", "-s", script.toString(), target)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
            System.out.println("== " + name + " (" + paths.size() + " paths), load average before: "
                    + Files.readString(Path.of("/proc/loadavg")).trim());
            long cpuBefore = cpuNanos(server);
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c64", "-d" + seconds + "s", "--latency", "-s",
                    script.toString(), target).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes());
            wrk.waitFor();
            long cpu = cpuNanos(server) - cpuBefore;
            java.util.regex.Matcher done = java.util.regex.Pattern.compile("(\\d+) requests in").matcher(output);
            if (done.find() && Long.parseLong(done.group(1)) > 0) {
                // what one request costs the server whatever else runs on the machine
                System.out.printf("   server CPU per request: %.3f ms%n", cpu / 1e6 / Long.parseLong(done.group(1)));
            }
            double rate = 0;
            String p99 = "?";
            for (String line : output.split("\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("Requests/sec")) {
                    rate = Double.parseDouble(trimmed.replaceAll("[^0-9.]", ""));
                }
                if (trimmed.startsWith("99%")) {
                    p99 = trimmed.substring(3).trim();
                }
                if (line.contains("Requests/sec") || trimmed.startsWith("50%") || trimmed.startsWith("99%")
                        || line.contains("Non-2xx") || line.contains("errors") || line.contains("requests in")) {
                    System.out.println("   " + trimmed);
                }
            }
            return new Result(rate, p99);
        }

        /** The CPU time of a process and its children (nginx's workers). */
        private static long cpuNanos(ProcessHandle process) {
            if (process.equals(ProcessHandle.current())) {
                return processCpuNanos();
            }
            long total = process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
            for (ProcessHandle child : process.descendants().toList()) {
                total += child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
            }
            return total;
        }
    }

    private record Result(double rate, String p99) {
    }

    /** Debian's nginx on a free port, answering each path with the exact bytes and content type Souk gave it. */
    private record Nginx(Process process0, String base) implements AutoCloseable {

        static Nginx serving(Path folder, String souk, List<String> paths) throws IOException, InterruptedException {
            Path root = Files.createDirectories(folder.resolve("nginx/root"));
            HttpClient client = HttpClient.newHttpClient();
            StringBuilder map = new StringBuilder();
            paths = paths.stream().distinct().toList();
            for (int i = 0; i < paths.size(); i++) {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(souk + paths.get(i))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                String type = answer.headers().firstValue("Content-Type").orElse("text/html");
                String file = i + (type.contains("json") ? ".json" : type.contains("xml") ? ".xml" : ".html");
                Files.write(root.resolve(file), answer.body());
                map.append("    \"").append(paths.get(i)).append("\" /").append(file).append(";\n");
            }
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path conf = folder.resolve("nginx/nginx.conf");
            Files.writeString(conf, """
                    # the temporary folder is the bench user's alone (as root, workers would run as nobody)
                    user root;
                    worker_processes auto;
                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events { worker_connections 1024; }
                    http {
                      access_log off;
                      map_hash_bucket_size 256;
                      map_hash_max_size 8192;
                      types { text/html html; application/json json; application/xml xml; }
                      charset utf-8;
                      charset_types application/json application/xml;
                      map $request_uri $file {
                    %2$s  }
                      server {
                        listen 127.0.0.1:%3$d;
                        root %4$s;
                        location / { try_files $file =404; }
                      }
                    }
                    """.formatted(folder.resolve("nginx"), map, port, root));
            Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", folder.resolve("nginx").toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("nginx/out.log").toFile()).start();
            String base = "http://127.0.0.1:" + port;
            for (int i = 0; i < 50; i++) {
                try {
                    client.send(HttpRequest.newBuilder(URI.create(base + paths.get(0))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            return new Nginx(nginx, base);
        }

        ProcessHandle process() {
            return process0.toHandle();
        }

        @Override
        public void close() throws InterruptedException {
            process0.destroy();
            process0.waitFor();
        }
    }
}
