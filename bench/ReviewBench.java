import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.postgresql.PGConnection;
import org.souk.SoukApplication;
import org.souk.demo.DemoSolution;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.partner.PartnerReview;
import org.souk.partner.Partners;
import org.souk.partner.Registration;
import org.souk.solution.Revisions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15's performance of the reviews: a million reviews on PostgreSQL, spread over many solutions, one busy
 * solution with a tenth of them, in several languages, some answered by the partner, some hidden by moderators;
 * then wrk (bench/lib/Wrk) at 64 connections on the busy solution's page (the first page of its reviews, later
 * pages, a language), other solutions' pages, the public reviews API and the catalog sorted by rating, each beside
 * nginx serving the same bytes (the catalog issue's target: the solution page at p99 under 20 ms and at least half
 * of nginx's rate). Started by bench/review-bench.sh, which makes the database and drops it. See bench/README.md.
 */
public final class ReviewBench {

    private static final String[] LANGUAGES = { "en", "ru", "de", "es" };
    /** The share of each of LANGUAGES among the reviews with a text, in percent; the rest of 100: no text. */
    private static final int[] LANGUAGE_SHARES = { 50, 25, 10, 5 };
    private static final String[] DE = { "sehr", "gut", "schnell", "einfach", "Einrichtung", "Kunden", "Termine",
        "Erinnerungen", "Support", "hilfreich", "leider", "langsam", "Fehler", "Preis", "zuverlässig", "empfehlen",
        "Anrufe", "Berichte", "Daten", "Team", "funktioniert", "manchmal", "nach", "dem", "Update", "wieder" };
    private static final String[] ES = { "muy", "bueno", "rápido", "fácil", "clientes", "citas", "recordatorios",
        "soporte", "útil", "lento", "errores", "precio", "fiable", "recomiendo", "llamadas", "informes", "datos",
        "equipo", "funciona", "a", "veces", "después", "de", "la", "actualización", "bien" };
    /** Ratings 1 to 5 in percent, by solution: a well-liked, a middling and a disliked kind. */
    private static final int[][] STARS = { { 3, 4, 8, 25, 60 }, { 8, 12, 25, 35, 20 }, { 30, 20, 20, 15, 15 } };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSXXX");

    /**
     * The solutions published through the market itself (a partner's complete cards, as the demo data makes them):
     * the busy one and the most reviewed after it. The rest are rows of catalog_entry written by SQL
     * (BenchCatalog), which the review module does not know as listed: its API answers 404 for them.
     */
    private static final int RATED = 201;

    private ReviewBench() {
    }

    /** A partner of the market, approved, and RATED solutions of it in the catalog: codes and partner ids. */
    private static void publish(ConfigurableApplicationContext context, List<String> codes, List<Long> partners) {
        Partners.Registered registered = context.getBean(Partners.class).register(new Registration("Bea", "Bench",
                "bea@reviews.bench.example.com", "+1 555 0100", "benchreviews", "Bench Reviews Ltd (fictional)",
                "https://reviews.bench.example.com", "A made-up partner of the review bench.", "bench-password-1", true));
        context.getBean(PartnerReview.class).approve("benchreviews", "review bench");
        UserAccount account = registered.owner();
        SoukUser owner = new SoukUser(account.id(), account.email(), account.firstName(), account.lastName(),
                account.roles(), true, null, null);
        DemoSolution cards = context.getBean(DemoSolution.class);
        Revisions revisions = context.getBean(Revisions.class);
        for (int i = 0; i < RATED; i++) {
            String code = cards.create(owner, i == 0 ? "busy" : "rated" + i, "https://reviews.bench.example.com");
            revisions.publish(revisions.freeze(code).id());
            codes.add(code);
            partners.add(registered.partner().id());
        }
    }

    public static void main(String[] args) throws Exception {
        int reviews = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int solutions = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String url = System.getenv("SOUK_BENCH_DATABASE_URL");
        if (url == null) {
            throw new IllegalStateException("SOUK_BENCH_DATABASE_URL (a PostgreSQL database of the bench's own) is not "
                    + "set: run bench/review-bench.sh");
        }
        String database = url.substring(url.lastIndexOf('/') + 1);
        Path folder = Files.createTempDirectory("souk-review-bench-");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SoukApplication.class)
                .profiles("test")
                // arguments, not default properties: they must win over application-test.properties
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getenv().getOrDefault("PGUSER", "postgres"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("PGPASSWORD", ""),
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + folder + "/index",
                        "--spring.thymeleaf.cache=true", "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            DataSource dataSource = context.getBean(DataSource.class);
            Instant start = Instant.now();
            List<String> codes = new ArrayList<>();
            List<Long> partners = new ArrayList<>();
            publish(context, codes, partners);
            System.out.printf("published %d solutions through the market (a partner, complete cards) in %d s%n",
                    codes.size(), Duration.between(start, Instant.now()).toSeconds());
            start = Instant.now();
            for (String code : BenchCatalog.generate(dataSource, solutions - codes.size())) {
                codes.add(code);
                partners.add(Long.parseLong(code.substring("benchpartner".length(), code.indexOf('.'))));
            }
            System.out.printf("generated %d solutions in %d s%n", solutions - RATED, Duration.between(start, Instant.now())
                    .toSeconds());
            String busy = codes.get(0);
            start = Instant.now();
            int[] perSolution = spread(reviews, solutions);
            writeReviews(dataSource, codes, partners, perSolution);
            System.out.printf("wrote %d reviews (%d of them of %s) in %d s%n", reviews, perSolution[0], busy,
                    Duration.between(start, Instant.now()).toSeconds());
            start = Instant.now();
            settle(dataSource);
            System.out.printf("ratings of the catalog and the tally as the writes keep them, VACUUM ANALYZE: %d s%n",
                    Duration.between(start, Instant.now()).toSeconds());
            start = Instant.now();
            Search.mapping(context.getBean(EntityManagerFactory.class)).scope(Object.class).massIndexer()
                    .threadsToLoadObjects(2).startAndWait();
            System.out.printf("index build: %.1f s for %d solutions%n",
                    Duration.between(start, Instant.now()).toMillis() / 1000.0, solutions);
            long visible;
            long russian;
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                visible = count(sql, "SELECT count(*) FROM review WHERE solution_code = '" + busy + "' AND status = 'VISIBLE'");
                russian = count(sql, "SELECT count(*) FROM review WHERE solution_code = '" + busy
                        + "' AND status = 'VISIBLE' AND language = 'ru'");
                System.out.printf("%s: %d visible reviews (%d in Russian, %d hidden, %d answered)%n", busy, visible,
                        russian, count(sql, "SELECT count(*) FROM review WHERE solution_code = '" + busy
                                + "' AND status = 'HIDDEN'"), count(sql, "SELECT count(*) FROM review WHERE solution_code = '"
                                        + busy + "' AND reply IS NOT NULL"));
            }
            explain(dataSource, busy, visible);
            String base = "http://127.0.0.1:" + port;
            String app = "/apps/" + busy;
            String api = "/api/v1/catalog/solutions/" + busy + "/reviews";
            List<String> byNext = nextLinks(dataSource, busy, app);
            oneUser(base, List.of(app + "?reviewPage=1", app + "?reviewPage=" + visible / 20,
                    app + "?reviewPage=" + (visible / 10 - 1), byNext.get(byNext.size() / 2),
                    app + "?reviewLanguage=ru&reviewPage=" + russian / 20, api + "?page=" + visible / 40,
                    api + "?lang=de&page=3"));

            Wrk.Phases bench = new Wrk.Phases(folder, base, seconds, () -> databaseCpu(database));
            bench.run("busy solution's page, the first page of its reviews", List.of(app), true);
            bench.run("busy solution's page, later pages of its reviews, each asked once",
                    shuffled(IntStream.range(1, (int) (visible / 10)).mapToObj(n -> app + "?reviewPage=" + n)), true);
            bench.run("busy solution's page, later pages by the pager's Next link (naming the review it goes on from), "
                    + "each asked once", shuffled(byNext.stream()), false);
            bench.run("busy solution's page, its reviews in Russian, each page asked once",
                    shuffled(IntStream.range(0, (int) (russian / 10)).mapToObj(n -> app + "?reviewLanguage=ru&reviewPage=" + n)),
                    true);
            bench.run("solution pages of " + (RATED - 1) + " other solutions with their reviews (540 to 18 000 each)",
                    IntStream.range(1, RATED).mapToObj(n -> "/apps/" + codes.get(n)).toList(), true);
            bench.run("reviews API of the busy solution, pages of 20 in all languages and in German, each asked once",
                    shuffled(IntStream.range(0, (int) (visible / 20)).mapToObj(n -> api + (n % 5 == 4 ? "?lang=de&page="
                            + n / 50 : "?page=" + n))), true);
            bench.run("reviews API of the busy solution in German (?lang=de), its first 20 pages asked again and again",
                    IntStream.range(0, 20).mapToObj(n -> api + "?lang=de&page=" + n).toList(), true);
            List<String> byRating = new ArrayList<>();
            IntStream.range(0, 50).forEach(n -> byRating.add("/search?sort=rating&page=" + n));
            IntStream.range(0, 20).forEach(n -> byRating.add("/api/v1/catalog/solutions?sort=rating&page=" + n));
            List.of("integrations", "automation.workflows", "analytics.bi_reports", "migration")
                    .forEach(category -> byRating.add("/catalog/categories/" + category + "?sort=rating"));
            bench.run("catalog sorted by rating (pages, API, categories)", byRating, true);
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("heap in use after GC: %d MB (committed %d MB, max %d MB)%n", heap.getUsed() >> 20,
                    heap.getCommitted() >> 20, heap.getMax() >> 20);
        }
    }

    /**
     * How many reviews each solution gets: the first (the busy one) a tenth, the others by 1 / (rank + 5), so that
     * a few have thousands and most have a handful.
     */
    private static int[] spread(int reviews, int solutions) {
        int[] counts = new int[solutions];
        counts[0] = reviews / 10;
        double weights = 0;
        for (int s = 1; s < solutions; s++) {
            weights += 1.0 / (s + 5);
        }
        int left = reviews - counts[0];
        int given = 0;
        for (int s = 1; s < solutions; s++) {
            counts[s] = (int) (left / weights / (s + 5));
            given += counts[s];
        }
        counts[1] += left - given;
        return counts;
    }

    /** The reviews by COPY, as Reviews writes them (status, language, the partner's reply, the moderators' step). */
    private static void writeReviews(DataSource dataSource, List<String> codes, List<Long> partners, int[] perSolution)
            throws Exception {
        Random random = new Random(15);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long author = 1_000_000;
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int s = 0; s < codes.size(); s++) {
                String code = codes.get(s);
                long partner = partners.get(s);
                int[] stars = STARS[s % STARS.length];
                for (int n = 0; n < perSolution[s]; n++) {
                    author++;
                    int rating = pick(random, stars) + 1;
                    int kind = pick(random, LANGUAGE_SHARES);
                    String language = kind < LANGUAGES.length ? LANGUAGES[kind] : null;
                    OffsetDateTime created = now.minusSeconds(random.nextInt(3 * 365 * 86400));
                    boolean hidden = random.nextInt(50) == 0;
                    boolean answered = !hidden && random.nextInt(7) == 0;
                    row(rows, code, partner, author, "Reviewer" + author % 1000 + " " + (char) ('A' + author % 26) + ".",
                            "reviewer" + author + "@bench.example.com", rating, language == null ? null
                                    : text(random, language), language, hidden ? "HIDDEN" : "VISIBLE",
                            random.nextInt(200) == 0, hidden ? "Off topic: about another app (fictional)." : null,
                            hidden ? "moderator@bench.example.com" : null, hidden ? time(created.plusDays(1)) : null,
                            answered ? "Thank you for your review: version 2 sets up in one step (fictional)." : null,
                            answered ? "Bench Partner " + partner + " (fictional)" : null,
                            answered ? time(created.plusHours(20)) : null, time(created), time(created));
                    if (rows.length() > 8 << 20) {
                        flush(copy, rows);
                    }
                }
            }
            flush(copy, rows);
        }
    }

    private static void row(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            rows.append(i == 0 ? "" : "\t").append(values[i] == null ? "\\N" : values[i]);
        }
        rows.append('\n');
    }

    private static void flush(org.postgresql.copy.CopyManager copy, StringBuilder rows) throws Exception {
        copy.copyIn("COPY review (solution_code, partner_id, author_id, author_name, author_email, rating, body, language,"
                + " status, needs_moderation, moderation_reason, moderated_by, moderated_at, reply, reply_author, replied_at,"
                + " created_at, updated_at) FROM STDIN", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    /**
     * What the writes keep as they go, for rows that came by COPY: the catalog's ratings of each solution and, where
     * the schema has it (V41_1), the tally of visible reviews by stars and language; then VACUUM ANALYZE, as
     * autovacuum would have by the time a table holds a million rows.
     */
    private static void settle(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("UPDATE catalog_entry e SET rating_count = t.n, rating_sum = t.s FROM (SELECT solution_code,"
                    + " count(*) AS n, sum(rating) AS s FROM review WHERE status = 'VISIBLE' GROUP BY solution_code) t"
                    + " WHERE e.code = t.solution_code");
            try (ResultSet tally = sql.executeQuery("SELECT to_regclass('review_tally') IS NOT NULL")) {
                tally.next();
                if (tally.getBoolean(1)) {
                    sql.execute("INSERT INTO review_tally (solution_code, rating, language, reviews) SELECT solution_code,"
                            + " rating, COALESCE(language, ''), count(*) FROM review WHERE status = 'VISIBLE'"
                            + " GROUP BY solution_code, rating, COALESCE(language, '')");
                }
            }
            sql.execute("VACUUM ANALYZE review");
            sql.execute("VACUUM ANALYZE catalog_entry");
        }
    }

    /**
     * The database's side of the busy solution's page, on this data: EXPLAIN ANALYZE of the queries main's review
     * module sent (the ratings, the languages, a page by OFFSET and its count) and of those V41_1's (the tally, a
     * page by id from the index, from the nearer end), each run three times, the last one printed.
     */
    private static void explain(DataSource dataSource, String busy, long visible) throws Exception {
        String where = "FROM review WHERE solution_code = '" + busy + "' AND status = 'VISIBLE'";
        long middle = visible / 20 * 10;
        String[][] queries = {
            { "ratings (GROUP BY rating)", "SELECT rating, count(*) " + where + " GROUP BY rating" },
            { "languages (GROUP BY language)", "SELECT language, count(*) " + where
                    + " AND language IS NOT NULL GROUP BY language ORDER BY count(*) DESC" },
            { "count of the reviews", "SELECT count(*) " + where },
            { "middle page by OFFSET", "SELECT * " + where + " ORDER BY created_at DESC, id DESC OFFSET " + middle
                    + " LIMIT 10" },
            { "the tally (V41_1)", "SELECT rating, language, reviews FROM review_tally WHERE solution_code = '" + busy
                    + "' AND reviews > 0" },
            { "first page by id (V41_1)", "SELECT r.* FROM review r JOIN (SELECT id " + where
                    + " ORDER BY created_at DESC, id DESC OFFSET 0 ROWS FETCH FIRST 10 ROWS ONLY) p ON r.id = p.id" },
            { "middle page by id (V41_1)", "SELECT r.* FROM review r JOIN (SELECT id " + where
                    + " ORDER BY created_at ASC, id ASC OFFSET " + (visible - middle - 10)
                    + " ROWS FETCH FIRST 10 ROWS ONLY) p ON r.id = p.id" },
            { "a page in Russian by id (V41_1)", "SELECT r.* FROM review r JOIN (SELECT id " + where
                    + " AND language = 'ru' ORDER BY created_at DESC, id DESC OFFSET 5000 ROWS FETCH FIRST 10 ROWS ONLY) p"
                    + " ON r.id = p.id" } };
        String seek;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet anchor = sql.executeQuery("SELECT created_at, id " + where
                        + " ORDER BY created_at DESC, id DESC OFFSET " + (middle - 1) + " LIMIT 1")) {
            anchor.next();
            String at = "'" + anchor.getObject(1, OffsetDateTime.class) + "'";
            seek = "SELECT r.* FROM review r JOIN (SELECT id " + where + " AND created_at <= " + at
                    + " AND (created_at < " + at + " OR id < " + anchor.getLong(2) + ") ORDER BY created_at DESC,"
                    + " id DESC FETCH FIRST 10 ROWS ONLY) p ON r.id = p.id";
        }
        queries = java.util.Arrays.copyOf(queries, queries.length + 1);
        queries[queries.length - 1] = new String[] { "middle page by seek (Next link)", seek };
        System.out.println("== the busy solution's queries on PostgreSQL (EXPLAIN ANALYZE, the third run)");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String[] query : queries) {
                if (query[0].contains("V41_1")) {
                    try (ResultSet tally = sql.executeQuery("SELECT to_regclass('review_tally') IS NOT NULL")) {
                        tally.next();
                        if (!tally.getBoolean(1)) {
                            continue;
                        }
                    }
                }
                List<String> plan = new ArrayList<>();
                for (int run = 0; run < 3; run++) {
                    plan.clear();
                    try (ResultSet lines = sql.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query[1])) {
                        while (lines.next()) {
                            plan.add(lines.getString(1));
                        }
                    }
                }
                String time = plan.stream().filter(line -> line.startsWith("Execution Time")).findFirst().orElse("?");
                String scans = plan.stream().filter(line -> line.contains("Scan")).map(line -> line.trim()
                        .replaceAll("^-> *", "").replaceAll(" +\\(cost.*", "")).distinct()
                        .collect(java.util.stream.Collectors.joining("; "));
                System.out.printf("   %-34s %-26s %s%n", query[0], time.replace("Execution Time: ", ""), scans);
            }
        }
    }

    /**
     * The pages after the first as the pager's "Next" links name them: {@code ?reviewPage=k&reviewsOlderThan=} the
     * oldest review of page k - 1 (a build without the seek ignores the review and counts the page by its number).
     */
    private static List<String> nextLinks(DataSource dataSource, String busy, String app) throws Exception {
        List<String> links = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT n / 10, id FROM (SELECT id, row_number() OVER (ORDER BY "
                        + "created_at DESC, id DESC) n FROM review WHERE solution_code = '" + busy
                        + "' AND status = 'VISIBLE') t WHERE n % 10 = 0 ORDER BY n")) {
            while (rows.next()) {
                links.add(app + "?reviewPage=" + rows.getLong(1) + "&reviewsOlderThan=" + rows.getLong(2));
            }
        }
        return links;
    }

    /** One visitor asking each path once after the other: the latency of a page nobody asked before. */
    private static void oneUser(String base, List<String> paths) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        System.out.println("== one visitor, each page asked once (the first time: nothing kept)");
        for (String path : paths) {
            long[] times = new long[5];
            int status = 0;
            for (int i = 0; i < times.length; i++) {
                // a parameter nobody else sends: the page is rendered, not served kept
                String fresh = path + (path.contains("?") ? "&" : "?") + "v=" + i + System.nanoTime();
                long started = System.nanoTime();
                status = client.send(HttpRequest.newBuilder(URI.create(base + fresh)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                times[i] = System.nanoTime() - started;
            }
            Arrays.sort(times);
            System.out.printf("   %-70s %d  median %.1f ms, max %.1f ms%n", path, status, times[2] / 1e6, times[4] / 1e6);
        }
    }

    /** The CPU time of the PostgreSQL processes serving this bench's database (its connections). */
    private static long databaseCpu(String database) {
        return ProcessHandle.allProcesses().filter(process -> {
            try {
                String line = Files.readString(Path.of("/proc/" + process.pid() + "/cmdline"));
                return line.startsWith("postgres: ") && line.contains(" " + database + " ");
            } catch (Exception gone) {
                return false;
            }
        }).mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> shuffled(java.util.stream.Stream<String> paths) {
        List<String> list = new ArrayList<>(paths.toList());
        Collections.shuffle(list, new Random(3));
        return list;
    }

    /** An index drawn by the shares (in percent; what is left of 100 is the index after the last). */
    private static int pick(Random random, int[] shares) {
        int roll = random.nextInt(100);
        for (int i = 0; i < shares.length; i++) {
            roll -= shares[i];
            if (roll < 0) {
                return i;
            }
        }
        return shares.length;
    }

    private static String text(Random random, String language) {
        String[] words = switch (language) {
            case "ru" -> BenchCatalog.RU;
            case "de" -> DE;
            case "es" -> ES;
            default -> BenchCatalog.EN;
        };
        StringBuilder text = new StringBuilder();
        int length = 5 + random.nextInt(random.nextInt(4) == 0 ? 80 : 25);
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return text.append('.').toString();
    }

    private static String time(OffsetDateTime time) {
        return TIME.format(time);
    }
}
