import java.io.IOException;
import java.lang.management.ManagementFactory;
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
            run(script, base, seconds, "keyword search", List.of(
                    "/search?q=invoice+reminders", "/search?q=telephony", "/search?q=%D1%81%D1%87%D0%B5%D1%82%D0%B0",
                    "/search?q=calend", "/search?q=warehuose", "/search?q=%D0%B7%D0%B2%D0%BE%D0%BD%D0%BA%D0%B8+crm"));
            run(script, base, seconds, "filtered browse", List.of(
                    "/search?category=integrations&tag=crm&sort=installs", "/search?category=automation.workflows&pricing=free",
                    "/search?tag=sales&region=global&sort=newest", "/catalog/categories/analytics.bi_reports?page=3"));
            List<String> pages = new ArrayList<>();
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                pages.add("/apps/" + codes.get(random.nextInt(codes.size())));
            }
            run(script, base, seconds, "solution page", pages);
            run(script, base, seconds, "API keyword search", List.of("/api/v1/catalog/solutions?q=invoice+reminders",
                    "/api/v1/catalog/solutions?q=telephony&category=integrations"));
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

    /** wrk at 64 connections on 2 threads, each request one of the paths in turn. */
    private static void run(Path script, String base, int seconds, String name, List<String> paths)
            throws IOException, InterruptedException {
        StringBuilder lua = new StringBuilder("paths = {");
        paths.forEach(p -> lua.append('"').append(p).append("\","));
        lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
                + "  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
        Files.writeString(script, lua);
        // a short warm-up, then the measured run
        new ProcessBuilder("wrk", "-t2", "-c64", "-d5s", "-s", script.toString(), base).inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        System.out.println("== " + name + " (" + paths.size() + " paths), load average before: "
                + Files.readString(Path.of("/proc/loadavg")).trim());
        long cpuBefore = processCpuNanos();
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c64", "-d" + seconds + "s", "--latency", "-s",
                script.toString(), base).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        long cpu = processCpuNanos() - cpuBefore;
        java.util.regex.Matcher done = java.util.regex.Pattern.compile("(\\d+) requests in").matcher(output);
        if (done.find() && Long.parseLong(done.group(1)) > 0) {
            // what one request costs the server whatever else runs on the machine, and what 2 idle cores could serve
            double perRequest = cpu / 1e6 / Long.parseLong(done.group(1));
            System.out.printf("   server CPU per request: %.2f ms (2 idle cores: about %.0f requests/s)%n",
                    perRequest, 2000 / perRequest);
        }
        for (String line : output.split("\n")) {
            if (line.contains("Requests/sec") || line.trim().startsWith("50%") || line.trim().startsWith("99%")
                    || line.contains("Non-2xx") || line.contains("errors") || line.contains("requests in")) {
                System.out.println("   " + line.trim());
            }
        }
    }
}
