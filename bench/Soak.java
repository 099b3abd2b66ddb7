import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's soak: the market jar on a fresh embedded database (H2 and the index in a temporary folder), driven
 * for a given time through its public HTTP API by a few simulated users at once: partner registrations and
 * approvals, complete solution cards (texts, icon, screenshots, version card) submitted, moderated and
 * published, card edits, new versions, customer accounts (invitation e-mail, password set through the form),
 * installs and uninstalls, token refreshes with rotation, /rest/ calls and catalog reads. The solutions' pages
 * and event handlers are a small HTTP server of the soak itself, so the network checks pass and events arrive.
 * It prints the requests by endpoint and status every few minutes and at the end, and exits 1 when any
 * request got a 5xx or no answer (or the market stopped).
 *
 * Usage (see bench/soak.sh): java … bench/Soak.java [minutes (60)] [further arguments for the market…];
 * SOAK_JAR names the market jar, SOAK_WORKERS the simulated users (4).
 */
public class Soak {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "soak-admin@soak.example.com";
    private static final String PASSWORD = "soak-password-1";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PASSWORD_LINK = Pattern.compile("/password/set\\?token=([A-Za-z0-9_\\-]+)");
    private static final String[] TOPICS = { "reminders", "invoices", "bookings", "surveys", "deliveries", "payroll",
            "inventory", "tickets", "contracts", "webinars" };
    private static final String[] ADJECTIVES = { "quick", "tidy", "clear", "steady", "friendly", "careful",
            "simple", "bright" };

    private final String base;
    private final String site;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Stats stats = new Stats();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Partner> partners = new CopyOnWriteArrayList<>();
    private final List<Solution> solutions = new CopyOnWriteArrayList<>();
    private final Map<String, Solution> solutionsByCode = new ConcurrentHashMap<>();
    private final List<Customer> customers = new CopyOnWriteArrayList<>();
    private final List<Installation> installations = new CopyOnWriteArrayList<>();
    /** "domain solution" pairs installed or being installed, so that no two users install the same one. */
    private final Set<String> installed = ConcurrentHashMap.newKeySet();
    private String admin;

    Soak(String base, String site) {
        this.base = base;
        this.site = site;
    }

    record Partner(String code, String email, String token, AtomicInteger apps) {
    }

    /** A solution of a partner; one simulated user at a time works on it. */
    static final class Solution {
        final String code;
        final Partner partner;
        final String clientId;
        final String clientSecret;
        final ReentrantLock lock = new ReentrantLock();
        volatile boolean published;
        int versions = 1;

        Solution(String code, Partner partner, String clientId, String clientSecret) {
            this.code = code;
            this.partner = partner;
            this.clientId = clientId;
            this.clientSecret = clientSecret;
        }
    }

    record Customer(String email, String token, List<String> domains) {
    }

    /** An installation's token chain as the app received it with ONAPPINSTALL; refreshed one at a time. */
    static final class Installation {
        final String domain;
        final Solution solution;
        final ReentrantLock lock = new ReentrantLock();
        String access;
        String refresh;

        Installation(String domain, Solution solution, String access, String refresh) {
            this.domain = domain;
            this.solution = solution;
            this.access = access;
            this.refresh = refresh;
        }
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofMinutes(args.length > 0 ? Long.parseLong(args[0]) : 60);
        List<String> marketArgs = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String jar = System.getenv("SOAK_JAR");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalArgumentException("SOAK_JAR must name the market jar (bench/soak.sh builds it)");
        }
        int workers = Integer.parseInt(System.getenv().getOrDefault("SOAK_WORKERS", "4"));
        Path data = Files.createTempDirectory("souk-soak");
        int port = freePort();
        HttpServer partnerSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        partnerSite.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        partnerSite.start();
        Soak soak = new Soak("http://127.0.0.1:" + port, "http://127.0.0.1:" + partnerSite.getAddress().getPort());
        partnerSite.createContext("/", soak::partnerSite);

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar, "--server.port=" + port,
                // the solutions' pages and handlers are this program's server on 127.0.0.1: its exact address allowed
                "--souk.outbound.allowed-hosts=127.0.0.1:" + partnerSite.getAddress().getPort()));
        command.addAll(marketArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("market.log").toFile());
        builder.environment().put("SOUK_DATA_DIR", data.toString());
        builder.environment().put("SOUK_ADMIN_EMAIL", ADMIN);
        builder.environment().put("SOUK_ADMIN_PASSWORD", PASSWORD);
        System.out.printf("soak: %d min, %d simulated users; market on port %d, data and log in %s; arguments %s%n",
                duration.toMinutes(), workers, port, data, marketArgs);
        Process market = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(market::destroy));
        int exit;
        try {
            Instant started = Instant.now();
            soak.awaitHealth(market);
            System.out.printf("soak: market up after %d s%n", Duration.between(started, Instant.now()).toSeconds());
            exit = soak.run(duration, workers, market);
        } finally {
            market.destroy();
            market.waitFor();
            partnerSite.stop(0);
        }
        long errors = Files.readAllLines(data.resolve("market.log")).stream().filter(l -> l.contains(" ERROR ")).count();
        System.out.printf("soak: %d ERROR lines in the market's log (%s)%n", errors, data.resolve("market.log"));
        System.exit(exit);
    }

    private int run(Duration duration, int workers, Process market) throws InterruptedException {
        admin = token(ADMIN, PASSWORD);
        Instant end = Instant.now().plus(duration);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(() -> {
                while (Instant.now().isBefore(end) && market.isAlive()) {
                    try {
                        pick().run();
                        Thread.sleep(ThreadLocalRandom.current().nextInt(50, 250));
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        stats.abandoned(e.getMessage());
                    }
                }
            }, "soak-" + i);
            thread.start();
            threads.add(thread);
        }
        Duration every = duration.compareTo(Duration.ofMinutes(25)) > 0 ? Duration.ofMinutes(5) : Duration.ofMinutes(1);
        Instant started = Instant.now();
        Instant next = started.plus(every);
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(1000);
            if (Instant.now().isAfter(next) && Instant.now().isBefore(end)) {
                stats.print("after " + Duration.between(started, Instant.now()).toMinutes() + " min", false);
                next = next.plus(every);
            }
        }
        stats.print("at the end, " + Duration.between(started, Instant.now()).toMinutes() + " min", true);
        System.out.printf("soak: %d partners, %d solutions (%d published), %d customers, %d installations live%n",
                partners.size(), solutions.size(), solutions.stream().filter(s -> s.published).count(),
                customers.size(), installations.size());
        if (!market.isAlive()) {
            System.out.println("soak: FAILED, the market stopped with exit code " + market.exitValue());
            return 1;
        }
        if (stats.failures() > 0) {
            System.out.println("soak: FAILED, " + stats.failures() + " requests got a 5xx or no answer");
            return 1;
        }
        System.out.println("soak: no 5xx");
        return 0;
    }

    /** The next thing a simulated user does, by weight, among those the market's state allows. */
    private Runnable pick() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Solution> published = solutions.stream().filter(s -> s.published).toList();
        Map<Runnable, Integer> choices = new HashMap<>();
        choices.put(this::registerPartner, partners.size() < 3 ? 20 : 1);
        if (!partners.isEmpty()) {
            choices.put(() -> newSolution(any(partners)), published.size() < 3 ? 20 : 2);
        }
        if (!solutions.isEmpty()) {
            choices.put(() -> editCard(any(solutions)), 6);
        }
        if (!published.isEmpty()) {
            choices.put(() -> newVersion(any(published)), 1);
            choices.put(this::readCatalog, 4);
        }
        choices.put(this::newCustomer, customers.size() < 3 ? 10 : 1);
        if (!customers.isEmpty()) {
            choices.put(() -> newAccount(any(customers)), 1);
            if (!published.isEmpty()) {
                choices.put(() -> install(any(customers), any(published)), 4);
            }
        }
        if (!installations.isEmpty()) {
            choices.put(() -> uninstall(any(installations)), 1);
            choices.put(() -> refresh(any(installations)), 8);
            choices.put(() -> rest(any(installations)), 12);
        }
        int total = choices.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<Runnable, Integer> choice : choices.entrySet()) {
            roll -= choice.getValue();
            if (roll < 0) {
                return choice.getKey();
            }
        }
        throw new IllegalStateException();
    }

    // ---- what simulated users do

    private void registerPartner() {
        String code = "soak_" + RUN + "_" + sequence.incrementAndGet();
        String email = code + "@partners.soak.example.com";
        Map<String, Object> form = Map.of("firstName", "Sam", "lastName", "Soak", "email", email, "phone",
                "+1 555 0100", "partnerCode", code, "companyName", "Soak Company " + code, "companyWebsite",
                "https://" + code.replace('_', '-') + ".example.com", "comment", "We build CRM integrations.",
                "password", PASSWORD, "consent", true);
        expect(json("POST", "/api/v1/partners", "/api/v1/partners", form, null), 201);
        expect(json("POST", "/api/v1/admin/partners/{code}/approval", "/api/v1/admin/partners/" + code + "/approval",
                Map.of(), admin), 200);
        String token = token(email, PASSWORD);
        expect(json("PUT", "/api/v1/partners/me/legal-entity", "/api/v1/partners/me/legal-entity", Map.of("name",
                "Soak Company " + code + " LLC", "country", "DE", "registrationNumber", "HRB 4242", "taxId",
                "DE424242424", "address", "2 Example Street, Berlin"), token), 200);
        expect(json("PUT", "/api/v1/partners/me/regions/{region}/sales-terms",
                "/api/v1/partners/me/regions/global/sales-terms", Map.of("terms", "FREE"), token), 200);
        JsonNode agreements = expect(json("GET", "/api/v1/partners/me/regions/{region}/agreements",
                "/api/v1/partners/me/regions/global/agreements", null, token), 200);
        expect(json("POST", "/api/v1/partners/me/regions/{region}/agreements/{id}/acceptance",
                "/api/v1/partners/me/regions/global/agreements/" + agreements.get(0).path("id").asLong()
                        + "/acceptance", Map.of(), token), 200);
        partners.add(new Partner(code, email, token, new AtomicInteger()));
    }

    private void newSolution(Partner partner) {
        JsonNode created = expect(json("POST", "/api/v1/solutions", "/api/v1/solutions", Map.of("appCode",
                "app" + partner.apps().incrementAndGet(), "region", "global", "type", "REST_API"), partner.token()), 201);
        Solution solution = new Solution(created.path("code").asString(), partner,
                created.path("clientId").asString(), created.path("clientSecret").asString());
        solution.lock.lock();
        try {
            solutions.add(solution);
            solutionsByCode.put(solution.code, solution);
            String path = "/api/v1/solutions/" + solution.code;
            String topic = TOPICS[ThreadLocalRandom.current().nextInt(TOPICS.length)];
            String name = capitalized(ADJECTIVES[ThreadLocalRandom.current().nextInt(ADJECTIVES.length)]) + " "
                    + capitalized(topic) + " " + sequence.incrementAndGet();
            Map<String, Object> card = new HashMap<>();
            card.put("categories", List.of("integrations.sms"));
            card.put("tags", List.of("sms", "crm"));
            card.put("texts", Map.of("en", Map.of("title", name,
                    "shortDescription", "Keeps your " + topic + " in order and reminds your team by SMS.",
                    "fullDescription", "<p>The app tracks " + topic + " in the CRM and sends SMS reminders through the "
                            + "<a href=\"https://gateway.example.com/\">Example SMS gateway</a> you connect.</p>"
                            + "<p>Limits: no more than 1000 messages a day on the free plan of the gateway.</p>",
                    "keywords", "sms, " + topic + ", reminders, crm",
                    "installation", "Open the app, enter the gateway key, choose the deal stages that send a reminder.",
                    "support", "E-mail support@soak.example.com, Mon-Fri 9:00-18:00 UTC, answers within one day.")));
            card.put("licenseUrl", site + "/license");
            card.put("privacyUrl", site + "/privacy");
            card.put("contactUrl", site + "/contact");
            card.put("pricingPolicy", "FREE");
            card.put("testData", "Gateway test key: soak-key-123 (a made-up gateway)");
            expect(json("PATCH", "/api/v1/solutions/{code}/card", path + "/card", card, partner.token()), 200);
            Color color = Color.getHSBColor(ThreadLocalRandom.current().nextFloat(), 0.7f, 0.6f);
            expect(multipart("PUT", "/api/v1/solutions/{code}/card/icon", path + "/card/icon", icon(color, topic),
                    null, partner.token()), 200);
            for (String screen : List.of("Overview", "Reminders", "Settings")) {
                expect(multipart("POST", "/api/v1/solutions/{code}/card/screenshots", path + "/card/screenshots",
                        screenshot(name + " · " + screen, color), screen, partner.token()), 201, 200);
            }
            Map<String, Object> version = new HashMap<>();
            version.put("scopes", List.of("crm", "user_brief"));
            version.put("ownPage", true);
            version.put("leftMenu", true);
            version.put("mobile", false);
            version.put("installableWithoutAdmin", true);
            version.put("appUrl", site + "/app/");
            version.put("installerUrl", site + "/app/install");
            version.put("handlerUrl", site + "/handler/" + solution.code);
            expect(json("PATCH", "/api/v1/solutions/{code}/versions/{number}", path + "/versions/1", version,
                    partner.token()), 200);
            expect(json("POST", "/api/v1/solutions/{code}/checks", path + "/checks", Map.of(), partner.token()), 200);
            solution.published = submitAndApprove(solution);
        } finally {
            solution.lock.unlock();
        }
    }

    /** Submits the draft; the administrator (who moderates too) claims and approves it. */
    private boolean submitAndApprove(Solution solution) {
        Response submitted = json("POST", "/api/v1/solutions/{code}/submissions",
                "/api/v1/solutions/" + solution.code + "/submissions", Map.of(), solution.partner.token());
        if (submitted.status != 201) {
            return solution.published;
        }
        String id = submitted.body.path("id").asString();
        expect(json("POST", "/api/v1/moderation/submissions/{id}/claim", "/api/v1/moderation/submissions/" + id
                + "/claim", Map.of(), admin), 200);
        json("GET", "/api/v1/moderation/submissions/{id}", "/api/v1/moderation/submissions/" + id, null, admin);
        expect(json("POST", "/api/v1/moderation/submissions/{id}/approval", "/api/v1/moderation/submissions/" + id
                + "/approval", Map.of(), admin), 200);
        return true;
    }

    private void editCard(Solution solution) {
        if (!solution.lock.tryLock()) {
            return;
        }
        try {
            String text = "Keeps your work in order and reminds your team by SMS, edition " + sequence.incrementAndGet()
                    + ".";
            json("GET", "/api/v1/solutions/{code}/card", "/api/v1/solutions/" + solution.code + "/card", null,
                    solution.partner.token());
            expect(json("PATCH", "/api/v1/solutions/{code}/card", "/api/v1/solutions/" + solution.code + "/card",
                    Map.of("texts", Map.of("en", Map.of("shortDescription", text))), solution.partner.token()), 200);
            if (solution.published && ThreadLocalRandom.current().nextInt(4) == 0) {
                submitAndApprove(solution); // a card change through moderation
            }
        } finally {
            solution.lock.unlock();
        }
    }

    private void newVersion(Solution solution) {
        if (!solution.lock.tryLock()) {
            return;
        }
        try {
            String path = "/api/v1/solutions/" + solution.code + "/versions";
            expect(json("POST", "/api/v1/solutions/{code}/versions", path, Map.of(), solution.partner.token()), 201);
            solution.versions++;
            expect(json("PATCH", "/api/v1/solutions/{code}/versions/{number}", path + "/" + solution.versions,
                    Map.of("whatsNew", Map.of("en", "Reminders can now be sent a day before the deal closes (release "
                            + solution.versions + ").")), solution.partner.token()), 200);
            submitAndApprove(solution);
        } finally {
            solution.lock.unlock();
        }
    }

    /** A manager creates an account for a new customer, who sets a password through the e-mailed link. */
    private void newCustomer() {
        int n = sequence.incrementAndGet();
        String email = "customer_" + RUN + "_" + n + "@customers.soak.example.com";
        String domain = "c" + RUN + "-" + n + ".soak.example.com";
        expect(json("POST", "/api/v1/admin/accounts", "/api/v1/admin/accounts", Map.of("domain", domain,
                "adminEmail", email), admin), 201);
        String link = null;
        for (int attempt = 0; attempt < 20 && link == null; attempt++) {
            JsonNode mails = expect(json("GET", "/api/v1/admin/mailbox", "/api/v1/admin/mailbox?to="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8), null, admin), 200);
            for (JsonNode mail : mails.path("items")) {
                Matcher matcher = PASSWORD_LINK.matcher(mail.path("body").asString());
                if (matcher.find()) {
                    link = matcher.group(1);
                }
            }
            if (link == null) {
                pause(500);
            }
        }
        if (link == null) {
            throw new IllegalStateException("no invitation reached " + email);
        }
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Response form = send(browser, "GET /password/set", HttpRequest.newBuilder(URI.create(base
                + "/password/set?token=" + link)).GET());
        Matcher csrf = CSRF.matcher(form.text);
        if (form.status != 200 || !csrf.find()) {
            throw new IllegalStateException("no password form for " + email);
        }
        String body = "token=" + link + "&newPassword=" + PASSWORD + "&confirmPassword=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        expect(send(browser, "POST /password/set", HttpRequest.newBuilder(URI.create(base + "/password/set"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))), 302);
        customers.add(new Customer(email, token(email, PASSWORD), new CopyOnWriteArrayList<>(List.of(domain))));
    }

    private void newAccount(Customer customer) {
        String domain = "c" + RUN + "-" + sequence.incrementAndGet() + ".soak.example.com";
        expect(json("POST", "/api/v1/admin/accounts", "/api/v1/admin/accounts", Map.of("domain", domain,
                "adminEmail", customer.email()), admin), 201);
        customer.domains().add(domain);
    }

    /** The customer installs; the app gets its tokens with ONAPPINSTALL (see partnerSite). */
    private void install(Customer customer, Solution solution) {
        String domain = any(customer.domains());
        if (!installed.add(domain + " " + solution.code)) {
            return;
        }
        Response answer = json("POST", "/api/v1/accounts/{domain}/installations", "/api/v1/accounts/" + domain
                + "/installations", Map.of("solution", solution.code), customer.token());
        if (answer.status != 201) {
            installed.remove(domain + " " + solution.code);
        }
        json("GET", "/api/v1/accounts/{domain}/installations", "/api/v1/accounts/" + domain + "/installations", null,
                customer.token());
    }

    private void uninstall(Installation installation) {
        if (!installation.lock.tryLock()) {
            return;
        }
        try {
            Customer customer = customers.stream().filter(c -> c.domains().contains(installation.domain)).findFirst()
                    .orElseThrow();
            expect(json("DELETE", "/api/v1/accounts/{domain}/installations/{solution}", "/api/v1/accounts/"
                    + installation.domain + "/installations/" + installation.solution.code + "?clean="
                    + ThreadLocalRandom.current().nextBoolean(), null, customer.token()), 200);
            installations.remove(installation);
            installed.remove(installation.domain + " " + installation.solution.code);
        } finally {
            installation.lock.unlock();
        }
    }

    /** The refresh grant with rotation, by GET or by form POST as the SDKs do. */
    private void refresh(Installation installation) {
        if (!installation.lock.tryLock()) {
            return;
        }
        try {
            String query = "grant_type=refresh_token&client_id=" + installation.solution.clientId + "&client_secret="
                    + installation.solution.clientSecret + "&refresh_token=" + installation.refresh;
            Response answer = ThreadLocalRandom.current().nextBoolean()
                    ? send(http, "GET /oauth/token/", HttpRequest.newBuilder(URI.create(base + "/oauth/token/?" + query))
                            .GET())
                    : send(http, "POST /oauth/token/", HttpRequest.newBuilder(URI.create(base + "/oauth/token/"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(query)));
            if (answer.status == 200) {
                installation.access = answer.body.path("access_token").asString();
                installation.refresh = answer.body.path("refresh_token").asString();
            }
        } finally {
            installation.lock.unlock();
        }
    }

    private void rest(Installation installation) {
        String access = installation.access;
        String method = List.of("app.info", "scope", "profile", "methods").get(ThreadLocalRandom.current().nextInt(4));
        if (ThreadLocalRandom.current().nextBoolean()) {
            send(http, "POST /rest/{method} (SDK)", HttpRequest.newBuilder(URI.create(base + "/rest//" + method
                    + "?bx24_request_id=1&bx24_sdk_ver=2.2&bx24_sdk_type=b24-js-sdk"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"auth\":\"" + access + "\"}")));
        } else {
            send(http, "GET /rest/{method}", HttpRequest.newBuilder(URI.create(base + "/rest/" + method))
                    .header("Authorization", "Bearer " + access).GET());
        }
    }

    private void readCatalog() {
        String topic = TOPICS[ThreadLocalRandom.current().nextInt(TOPICS.length)];
        json("GET", "/api/v1/catalog/solutions?q=", "/api/v1/catalog/solutions?q=" + topic, null, null);
        Solution solution = any(solutions.stream().filter(s -> s.published).toList());
        send(http, "GET /apps/{code}", HttpRequest.newBuilder(URI.create(base + "/apps/" + solution.code)).GET());
    }

    // ---- the partners' server: pages for the checks, handlers for the events

    private void partnerSite(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            boolean event = path.startsWith("/handler/") && "POST".equals(exchange.getRequestMethod());
            if (event) {
                event(path.substring("/handler/".length()), form(body));
            }
            byte[] page = (event ? "ok" : "<!DOCTYPE html><html lang=\"en\"><head><title>Soak app</title></head><body><p>"
                    + path + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", event ? "text/plain" : "text/html; charset=utf-8");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            }
        }
    }

    private void event(String solutionCode, Map<String, String> fields) {
        Solution solution = solutionsByCode.get(solutionCode);
        if (solution != null && "ONAPPINSTALL".equals(fields.get("event"))) {
            installations.add(new Installation(fields.get("auth[domain]"), solution, fields.get("auth[access_token]"),
                    fields.get("auth[refresh_token]")));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    // ---- HTTP, counted by endpoint and status

    record Response(int status, JsonNode body, String text) {
    }

    private String token(String email, String password) {
        return expect(json("POST", "/api/v1/tokens", "/api/v1/tokens", Map.of("email", email, "password", password,
                "name", "soak"), null), 201).path("token").asString();
    }

    private Response json(String method, String endpoint, String path, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(http, method + " " + endpoint, request);
    }

    private Response multipart(String method, String endpoint, String path, byte[] png, String caption, String token) {
        String boundary = "soak" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (caption != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"image.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(http, method + " " + endpoint, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Response send(HttpClient client, String endpoint, HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            stats.count(endpoint, response.statusCode(), System.nanoTime() - started, response.body());
            String text = response.body() == null ? "" : response.body();
            String trimmed = text.trim();
            JsonNode json = trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON.readTree(text)
                    : JSON.createObjectNode();
            return new Response(response.statusCode(), json, text);
        } catch (IOException e) {
            stats.count(endpoint, 0, System.nanoTime() - started, e.toString());
            throw new IllegalStateException(endpoint + ": no answer (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's body when its status is one of {@code statuses}; else the step is abandoned (already counted). */
    private static JsonNode expect(Response response, int... statuses) {
        for (int status : statuses) {
            if (response.status == status) {
                return response.body;
            }
        }
        throw new IllegalStateException("answered " + response.status);
    }

    private void awaitHealth(Process market) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15)); // a busy machine took 5
        while (Instant.now().isBefore(deadline) && market.isAlive()) {
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the market did not become healthy (see its log)");
    }

    /** Requests by endpoint and status: count, mean and maximum time; the first body of each error. */
    static final class Stats {
        private final Map<String, Map<Integer, long[]>> counts = new ConcurrentHashMap<>();
        private final Map<String, String> samples = new ConcurrentHashMap<>();
        private final AtomicLong failures = new AtomicLong();
        private final Map<String, AtomicInteger> abandoned = new ConcurrentHashMap<>();

        void count(String endpoint, int status, long nanos, String body) {
            long[] cell = counts.computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, k -> new long[3]);
            synchronized (cell) {
                cell[0]++;
                cell[1] += nanos;
                cell[2] = Math.max(cell[2], nanos);
            }
            if (status >= 500 || status == 0) {
                failures.incrementAndGet();
            }
            if (status >= 400 || status == 0) {
                samples.putIfAbsent(endpoint + " " + status, body == null ? "" : body.length() > 300
                        ? body.substring(0, 300) + "…" : body);
            }
        }

        void abandoned(String why) {
            abandoned.computeIfAbsent(String.valueOf(why), k -> new AtomicInteger()).incrementAndGet();
        }

        long failures() {
            return failures.get();
        }

        void print(String when, boolean samplesToo) {
            StringBuilder out = new StringBuilder("\n== requests " + when + "\n");
            out.append(String.format("%-62s %6s %8s %9s %9s%n", "endpoint", "status", "requests", "mean ms", "max ms"));
            long total = 0;
            Map<Integer, Long> byStatus = new TreeMap<>();
            for (Map.Entry<String, Map<Integer, long[]>> endpoint : new TreeMap<>(counts).entrySet()) {
                for (Map.Entry<Integer, long[]> status : new TreeMap<>(endpoint.getValue()).entrySet()) {
                    long[] cell = status.getValue();
                    long n;
                    long sum;
                    long max;
                    synchronized (cell) {
                        n = cell[0];
                        sum = cell[1];
                        max = cell[2];
                    }
                    total += n;
                    byStatus.merge(status.getKey(), n, Long::sum);
                    out.append(String.format("%-62s %6s %8d %9.1f %9.1f%n", endpoint.getKey(),
                            status.getKey() == 0 ? "none" : status.getKey(), n, sum / 1e6 / n, max / 1e6));
                }
            }
            out.append(String.format("total %d requests; by status %s; 5xx or no answer: %d%n", total,
                    byStatus.entrySet().stream().map(e -> (e.getKey() == 0 ? "none" : e.getKey()) + ": " + e.getValue())
                            .collect(Collectors.joining(", ")), failures.get()));
            if (samplesToo) {
                new TreeMap<>(samples).forEach((k, v) -> out.append("  first answer of ").append(k).append(": ")
                        .append(v.replaceAll("\\s+", " ")).append('\n'));
                new TreeMap<>(abandoned).forEach((k, v) -> out.append("  steps abandoned ").append(v).append("x: ")
                        .append(k).append('\n'));
            }
            System.out.print(out);
            System.out.flush();
        }
    }

    // ---- images and small helpers

    private static byte[] icon(Color color, String topic) {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(color);
        g.fillRect(0, 0, 400, 400);
        g.setColor(Color.WHITE);
        g.fillRoundRect(60, 110, 280, 160, 40, 40);
        g.setColor(color);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString(topic.substring(0, 3).toUpperCase(), 112, 214);
        g.dispose();
        return png(image);
    }

    private static byte[] screenshot(String title, Color color) {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(245, 247, 250));
        g.fillRect(0, 0, 1280, 720);
        g.setColor(color.darker());
        g.fillRect(0, 0, 1280, 64);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString(title, 32, 42);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int row = 0; row < 8; row++) {
            g.setColor(row % 2 == 0 ? Color.WHITE : new Color(233, 245, 244));
            g.fillRect(32, 96 + row * 64, 1216, 56);
            g.setColor(new Color(29, 42, 58));
            g.drawString("Example item #" + (101 + row) + " — reminder " + (row % 3 == 0 ? "sent" : "scheduled"), 56,
                    132 + row * 64);
        }
        g.dispose();
        return png(image);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static <T> T any(List<T> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
