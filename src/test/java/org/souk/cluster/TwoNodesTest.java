package org.souk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.souk.support.Api;
import org.souk.support.HttpUser;
import org.souk.support.OpenSearchNode;
import org.souk.support.S3ProxyServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Souk on several nodes, as docs/deploy.md describes it: two Souk processes (node A on 18481, node B on 18482) on
 * one PostgreSQL database of their own, the shared OpenSearch node (an index prefix of their own), S3Proxy as the
 * file store, and HAProxy on 18480 in front (round robin, no stickiness). Through it and through each node it
 * plays what must not notice the second node: a session, a moderator's takedown seen by the other node's search,
 * an upload, the sign-in throttle, the REST limit, a scheduled job, an event delivery whose node is killed, and
 * the balancer serving on after a node died.
 *
 * <p>Needs PostgreSQL on 127.0.0.1:5432 (user postgres, or PG_HOST / PG_PORT / PG_USER / PG_PASSWORD), Temurin 25
 * for OpenSearch, {@code haproxy} (Debian's package; .ci/run installs it) and Redis on 127.0.0.1:6379 for the REST
 * limit (database 14, emptied at start); skipped with the reason otherwise,
 * and when {@code SOUK_CLUSTER_TEST=off} (CI's PostgreSQL pass, so that it runs once). About 2-3 minutes, most of
 * it the start of OpenSearch and of the two nodes; the logs are in target/two-nodes/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final int BALANCER = 18480;
    private static final String PASSWORD = "demo-password-1";
    private static final String BUCKET = "souk-two-nodes";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final String PG_HOST = env("PG_HOST", "127.0.0.1");
    private static final String PG_PORT = env("PG_PORT", "5432");
    private static final String PG_USER = env("PG_USER", "postgres");
    private static final String PG_PASSWORD = env("PG_PASSWORD", "");
    /** The REST limit's buckets, shared by both nodes, in a Redis database of this test's own. */
    private static final String REDIS = "redis://127.0.0.1:6379/14";

    private static Path work;
    private static String database;
    private static S3ProxyServer s3;
    private static HttpServer partnerApp;
    private static final BlockingQueue<Map<String, String>> events = new LinkedBlockingQueue<>();
    private static volatile CountDownLatch holdUninstall = new CountDownLatch(0);
    private static Node nodeA;
    private static Node nodeB;
    private static Process balancer;

    /** One Souk process: a JVM of its own on target/classes and the runtime jars. */
    private record Node(String name, int port, Process process, Path log) {

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        Api api() {
            return new Api(port);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeFalse("off".equalsIgnoreCase(System.getenv("SOUK_CLUSTER_TEST")),
                "TwoNodesTest skipped: SOUK_CLUSTER_TEST=off");
        OpenSearchNode.unavailable().ifPresent(reason -> Assumptions.abort("TwoNodesTest skipped: " + reason));
        Path haproxy = Path.of("/usr/sbin/haproxy");
        Assumptions.assumeTrue(Files.isExecutable(haproxy),
                "TwoNodesTest skipped: no HAProxy at /usr/sbin/haproxy (apt-get install haproxy)");
        Assumptions.assumeTrue(emptyRedis(), "TwoNodesTest skipped: no Redis at " + REDIS);
        database = "souk_two_nodes_" + System.currentTimeMillis();
        try (Connection connection = postgres("postgres")) {
            connection.createStatement().execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            database = null;
            Assumptions.abort("TwoNodesTest skipped: no PostgreSQL at " + PG_HOST + ":" + PG_PORT + " (" + e.getMessage()
                    + ")");
        }
        work = Path.of(System.getProperty("souk.classes", "target/classes")).getParent().resolve("two-nodes");
        deleteTree(work);
        Files.createDirectories(work);

        OpenSearchNode search = OpenSearchNode.shared();
        s3 = S3ProxyServer.start(work);
        try (S3Client client = S3Client.builder().endpointOverride(s3.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            client.createBucket(request -> request.bucket(BUCKET));
        }
        partnerApp = partnerApp();

        // A first: it migrates the database and makes the demo data; B then starts on them as any added node does
        nodeA = startNode("a", BALANCER + 1, search);
        awaitReady(nodeA);
        nodeB = startNode("b", BALANCER + 2, search);
        awaitReady(nodeB);

        Path config = work.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                    retries 2
                    option redispatch
                    option forwardfor
                frontend souk
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET /actuator/health/readiness
                    http-response set-header X-Souk-Node %%[srv_name]
                    server a 127.0.0.1:%d check inter 1s fall 1 rise 1
                    server b 127.0.0.1:%d check inter 1s fall 1 rise 1
                """.formatted(BALANCER, nodeA.port(), nodeB.port()));
        balancer = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile()).start();
        awaitBalancer();
    }

    /**
     * Whether the REST limit's Redis answers; it is emptied, since the new database numbers installations from 1
     * again and a bucket of an earlier run would still hold their calls.
     */
    private static boolean emptyRedis() {
        RedisClient client = RedisClient.create(REDIS);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushdb();
            return true;
        } catch (RedisException e) {
            return false;
        } finally {
            client.shutdown();
        }
    }

    private static Connection postgres(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + db, PG_USER,
                PG_PASSWORD);
    }

    private static Node startNode(String name, int port, OpenSearchNode search) throws IOException {
        Path classpathFile = Path.of(System.getProperty("souk.runtime.classpath", "target/runtime-classpath"));
        String classpath = System.getProperty("souk.classes", "target/classes") + java.io.File.pathSeparator
                + Files.readString(classpathFile).trim();
        Path log = work.resolve("node-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx400m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath, "org.souk.SoukApplication")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("SOUK_"));
        env.put("PORT", Integer.toString(port));
        env.put("SOUK_BASE_URL", "http://127.0.0.1:" + BALANCER);
        // the balancer (HAProxy on loopback) is the proxy whose X-Forwarded-For names the client
        env.put("SOUK_TRUSTED_PROXIES", "127.0.0.1");
        // the partner's app of the test runs on loopback: its exact address allowed, as tests do
        env.put("SOUK_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1:" + partnerApp.getAddress().getPort());
        env.put("SOUK_DATA_DIR", work.resolve("data-" + name).toString());
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database);
        env.put("SPRING_DATASOURCE_USERNAME", PG_USER);
        env.put("SPRING_DATASOURCE_PASSWORD", PG_PASSWORD);
        env.put("SOUK_SEARCH_BACKEND", "elasticsearch");
        env.put("SOUK_SEARCH_HOSTS", search.hosts());
        env.put("SOUK_SEARCH_INDEX_PREFIX", "two-nodes-");
        env.put("SOUK_STORAGE_TYPE", "s3");
        env.put("SOUK_STORAGE_S3_ENDPOINT", s3.endpoint().toString());
        env.put("SOUK_STORAGE_S3_BUCKET", BUCKET);
        env.put("SOUK_STORAGE_S3_PATH_STYLE", "true");
        env.put("SOUK_STORAGE_S3_ACCESS_KEY", S3ProxyServer.ACCESS_KEY);
        env.put("SOUK_STORAGE_S3_SECRET_KEY", S3ProxyServer.SECRET_KEY);
        env.put("SOUK_DEMO_DATA", "true");
        env.put("SOUK_CHECKS_LANGUAGE_DETECTION_ENABLED", "false");
        env.put("SOUK_CHECKS_LANGUAGE_GRAMMAR_ENABLED", "false");
        env.put("SOUK_SECURITY_ADDRESS_THROTTLE_MAX_FAILURES", "4");
        env.put("SOUK_INSTALL_REST_BURST", "10");
        env.put("SOUK_INSTALL_REST_RATE", "0.01");
        env.put("SOUK_INSTALL_REST_LIMIT_REDIS", REDIS);
        env.put("SOUK_INSTALL_DELIVERY_LEASE", "12s");
        // every 2 seconds on both nodes; the lock lets one node run it, once in 5 minutes
        env.put("SOUK_PROGRAMS_JOB", "*/2 * * * * *");
        return new Node(name, port, builder.start(), log);
    }

    private static void awaitReady(Node node) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.process().isAlive()) {
                throw new AssertionError("node " + node.name() + " ended at start:\n" + tail(node.log()));
            }
            if (status(node.url("/actuator/health/readiness")) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node " + node.name() + " not ready in " + START_TIMEOUT + ":\n" + tail(node.log()));
    }

    private static void awaitBalancer() throws Exception {
        Set<String> served = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (served.size() < 2 && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = new HttpUser("http://127.0.0.1:" + BALANCER).get("/actuator/health");
                answer.headers().firstValue("X-Souk-Node").ifPresent(served::add);
            } catch (UncheckedIOException notListeningYet) {
                // HAProxy is starting
            }
            Thread.sleep(200);
        }
        assertThat(served).as("nodes the balancer reached; its log:\n" + tail(work.resolve("haproxy.log")))
                .containsExactlyInAnyOrder("a", "b");
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The partner's app: records every event; holds the answer to ONAPPUNINSTALL while {@link #holdUninstall} is up. */
    private static HttpServer partnerApp() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/handler", exchange -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            events.add(fields);
            if ("ONAPPUNINSTALL".equals(fields.get("event"))) {
                try {
                    holdUninstall.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static Map<String, String> nextEvent() throws InterruptedException {
        Map<String, String> event = events.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("an event at the partner's app").isNotNull();
        return event;
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process process : new Process[] { balancer, nodeA == null ? null : nodeA.process(),
                nodeB == null ? null : nodeB.process() }) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        if (partnerApp != null) {
            partnerApp.stop(0);
        }
        if (s3 != null) {
            s3.close();
        }
        if (database != null) {
            try (Connection connection = postgres("postgres")) {
                connection.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    @Order(1)
    void aSignedInPartnerMovesBetweenTheNodesWithoutNoticing() {
        HttpUser partner = new HttpUser("http://127.0.0.1:" + BALANCER);
        assertThat(partner.signIn("wanda@example.com", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/home"));
        Set<String> served = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = partner.get("/partner");
            assertThat(page.statusCode()).as("the partner's area, request " + i).isEqualTo(200);
            assertThat(page.body()).contains("action=\"/logout\"");
            served.add(page.headers().firstValue("X-Souk-Node").orElseThrow());
        }
        assertThat(served).containsExactlyInAnyOrder("a", "b");
        // a form with the CSRF token of a page of one node, posted to the other: the token lives in the session
        HttpResponse<String> created = partner.submit("/account/tokens", "/account/tokens", Map.of("name", "cli"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(partner.get("/account/tokens").body()).contains("cli");
    }

    @Test
    @Order(2)
    void aTakedownOnOneNodeIsSeenWithinASecondBySearchingOnTheOther() throws InterruptedException {
        Api a = nodeA.api();
        Api b = nodeB.api();
        Api.Response listed = b.get("/api/v1/catalog/solutions?q=widgets", null);
        assertThat(listed.status()).isEqualTo(200);
        String code = listed.body().path("items").get(0).path("code").asString();
        assertThat(code).startsWith("examplewidgets.");
        String moderator = a.token("mona@example.com", PASSWORD);

        assertThat(a.post("/api/v1/moderation/solutions/" + code + "/removal", Map.of("reason", "Two-node test"),
                moderator).status()).isEqualTo(204);
        assertThat(seenOnB(b, code, false)).isFalse();

        assertThat(a.post("/api/v1/moderation/solutions/" + code + "/reinstatement", Map.of(), moderator).status())
                .isEqualTo(204);
        assertThat(seenOnB(b, code, true)).isTrue();
    }

    /**
     * Whether node B lists the solution, asked until it does as {@code expected} or SOUK_CATALOG_GENERATION_MAX_AGE
     * (1 s: B's copy of the catalog generation, read again no later) and a margin have passed.
     */
    private static boolean seenOnB(Api b, String code, boolean expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMillis(2_000).toNanos();
        boolean seen = codes(b.get("/api/v1/catalog/solutions?q=widgets", null)).contains(code);
        while (seen != expected && System.nanoTime() < until) {
            Thread.sleep(100);
            seen = codes(b.get("/api/v1/catalog/solutions?q=widgets", null)).contains(code);
        }
        return seen;
    }

    private static List<String> codes(Api.Response page) {
        assertThat(page.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        page.body().path("items").forEach(item -> codes.add(item.path("code").asString()));
        return codes;
    }

    @Test
    @Order(3)
    void anUploadThroughOneNodeIsReadThroughTheOther() throws Exception {
        String token = nodeA.api().token("wanda@example.com", PASSWORD);
        String code = created(nodeA.api(), token, "upload");
        byte[] zip = zip();
        HttpResponse<String> uploaded = multipart(nodeA.url("/api/v1/solutions/" + code + "/versions/1/archive"),
                token, "static-app.zip", zip);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String key = nodeB.api().get("/api/v1/solutions/" + code + "/versions/1", token).text("archiveKey");

        HttpResponse<byte[]> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(nodeB.url("/api/v1/solutions/" + code + "/media/" + key)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(zip);
    }

    private static String created(Api api, String token, String appCode) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode + System.nanoTime() % 100000,
                "region", "global", "type", "REST_API"), token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("code");
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><title>App</title>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<String> multipart(String url, String token, String fileName, byte[] content)
            throws Exception {
        String boundary = "souk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(4)
    void theSignInThrottleCountsTheFailuresOfBothNodes() throws Exception {
        // the nodes trust the balancer's (here: the test's) X-Forwarded-For, as behind HAProxy
        String address = "203.0.113.77";
        for (Node node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            assertThat(tokenRequest(node, address, "not-the-password").statusCode()).isEqualTo(401);
        }
        // four failures in all, two on each: the limit of 4 is reached on both nodes, even with the right password
        assertThat(tokenRequest(nodeA, address, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(tokenRequest(nodeB, address, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(tokenRequest(nodeB, "198.51.100.77", PASSWORD).statusCode()).isEqualTo(201);
    }

    private static HttpResponse<String> tokenRequest(Node node, String address, String password) throws Exception {
        // unknown logins: no account is locked, only the address counts
        String body = "{\"email\":\"" + (password.equals(PASSWORD) ? "max@example.com" : "nobody@example.com")
                + "\",\"password\":\"" + password + "\",\"name\":\"throttle\"}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url("/api/v1/tokens")))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(5)
    void theRestLimitOfAnInstallationIsExhaustedAcrossBothNodesAndADeliveryOfAKilledNodeIsFinishedByTheOther()
            throws Exception {
        Api a = nodeA.api();
        String token = a.token("wanda@example.com", PASSWORD);
        String code = created(a, token, "limit");
        String handler = "http://127.0.0.1:" + partnerApp.getAddress().getPort() + "/handler";
        assertThat(a.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("scopes", List.of("crm"),
                "appUrl", handler, "handlerUrl", handler), token).status()).isEqualTo(200);
        String domain = a.post("/api/v1/test-accounts", Map.of(), token).text("domain");
        assertThat(a.post("/api/v1/accounts/" + domain + "/installations", Map.of("solution", code), token).status())
                .isEqualTo(201);
        Map<String, String> install = nextEvent();
        assertThat(install).containsEntry("event", "ONAPPINSTALL");
        String access = install.get("auth[access_token]");

        // a burst of 10 for the whole cluster (the rate refills one call in 100 s): 14 calls, alternating nodes
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < 14; i++) {
            Node node = i % 2 == 0 ? nodeA : nodeB;
            HttpResponse<String> call = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(node.url("/rest/app.info?auth=" + URLEncoder.encode(access, StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (call.statusCode() == 200) {
                answered++;
            } else {
                assertThat(call.body()).contains("QUERY_LIMIT_EXCEEDED");
                refused++;
            }
        }
        assertThat(answered).isEqualTo(10);
        assertThat(refused).isEqualTo(4);

        // node A sends ONAPPUNINSTALL and is killed while the app has not answered yet
        holdUninstall = new CountDownLatch(1);
        Api.Response uninstalled = a.delete("/api/v1/accounts/" + domain + "/installations/" + code, token);
        assertThat(uninstalled.status()).isEqualTo(200);
        assertThat(nextEvent()).containsEntry("event", "ONAPPUNINSTALL");
        nodeA.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        holdUninstall.countDown();

        // node B takes the delivery over when A's lease (12 s) ran out: the same attempt, made once and recorded once
        assertThat(nextEvent()).containsEntry("event", "ONAPPUNINSTALL");
        Api b = nodeB.api();
        Map<String, Object> delivery = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var deliveries = b.get("/api/v1/solutions/" + code + "/event-deliveries", token).body().path("items");
            var last = deliveries.get(0);
            if (last.path("status").asString().equalsIgnoreCase("DELIVERED")) {
                delivery.put("event", last.path("event").asString());
                delivery.put("attempts", last.path("attempts").asInt());
                delivery.put("recorded", last.path("attemptLog").size());
                break;
            }
            Thread.sleep(300);
        }
        assertThat(delivery).containsEntry("event", "ONAPPUNINSTALL").containsEntry("attempts", 1)
                .containsEntry("recorded", 1);
    }

    @Test
    @Order(6)
    void theScheduledJobRanOnceAndTheBalancerServesOnWithOneNodeDead() throws Exception {
        // the programs job fired every 2 seconds on both nodes; the lock let one run in all
        int runs = 0;
        for (Node node : List.of(nodeA, nodeB)) {
            runs += (int) Files.readAllLines(node.log()).stream().filter(line -> line.contains("Programs: ")).count();
        }
        assertThat(runs).isEqualTo(1);

        if (nodeA.process().isAlive()) {
            nodeA.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        HttpUser visitor = new HttpUser("http://127.0.0.1:" + BALANCER);
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = visitor.get("/search?q=widgets");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Souk-Node")).hasValue("b");
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
