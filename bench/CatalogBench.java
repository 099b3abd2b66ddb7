import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.souk.SoukApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 6's figures: a catalog of N published solutions (100 000 by default; fictional, varied texts in
 * English and Russian) written straight into the catalog's table as the publication events would write it,
 * indexed by the mass indexer (as at a start with an empty index), then driven by wrk (a second process) at
 * 64 connections: a keyword search, a filtered browse and a solution page, each for the given seconds. The
 * market runs on an H2 file database and a Lucene index on disk in a temporary folder, the embedded default.
 * Prints the index build time, requests per second, p50/p99 latency and the heap in use. See bench/README.md.
 */
public final class CatalogBench {

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
            List<String> codes = BenchCatalog.generate(context.getBean(DataSource.class), count);
            System.out.printf("generated %d solutions in %d s%n", count, Duration.between(start, Instant.now()).toSeconds());
            start = Instant.now();
            Search.mapping(context.getBean(EntityManagerFactory.class)).scope(Object.class).massIndexer()
                    .threadsToLoadObjects(2).startAndWait();
            System.out.printf("index build: %.1f s for %d solutions%n",
                    Duration.between(start, Instant.now()).toMillis() / 1000.0, count);
            Wrk.Phases bench = new Wrk.Phases(folder, "http://127.0.0.1:" + port, seconds);
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

    /**
     * Word pairs in both languages with each sort and page: some 10 000 different searches, none asked twice
     * in a phase of 30 s at the rates reached here (nothing a cache can reuse).
     */
    private static List<String> unique() {
        List<String> paths = new ArrayList<>();
        String[] sorts = { "", "&sort=newest", "&sort=installs" };
        for (String[] words : new String[][] { BenchCatalog.EN, BenchCatalog.RU }) {
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
}
