package org.souk.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.outbound.HttpAnswer.Failure;
import org.springframework.util.unit.DataSize;

/** The guarded client against real servers on loopback addresses: what it refuses, cuts and gives up on. */
class GuardedHttpTest {

    private static final OutboundSettings DEFAULTS = OutboundSettings.defaults();

    @TempDir
    static Path dir;

    private static TestServer server;
    private static TestServer tlsServer;
    private static TestServer.Tls tls;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.http("127.0.0.1")
                .answer("/ok", 200, "text/plain", "fine")
                .redirect("/r1", 302, "/r2").redirect("/r2", 301, "/r3").redirect("/r3", 307, "/ok")
                .redirect("/r0", 302, "/r1")
                .redirect("/to-file", 302, "file:///etc/passwd")
                .answer("/big", 200, "application/octet-stream", new byte[100_000])
                .answer("/small", 200, "application/octet-stream", new byte[500])
                .slow("/slow", 3_000)
                .on("/trickle", exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 50; i++) {
                            out.write('x');
                            out.flush();
                            TimeUnit.MILLISECONDS.sleep(100);
                        }
                    } catch (InterruptedException | IOException e) {
                        // the client gave up
                    }
                })
                .on("/echo", exchange -> TestServer.send(exchange, 200, "text/plain",
                        (exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type"))
                                .getBytes(StandardCharsets.UTF_8)));
        tls = TestServer.Tls.selfSigned(dir, "ip:127.0.0.1");
        tlsServer = TestServer.https("127.0.0.1", tls).answer("/ok", 200, "text/plain", "secure");
    }

    @AfterAll
    static void stop() {
        server.close();
        tlsServer.close();
    }

    /** The production guard with the test's servers on the allow-list, trusting the test's certificate. */
    private static GuardedHttp allowing(OutboundSettings settings, TestServer... servers) {
        OutboundAllowList list = OutboundAllowList.none();
        for (TestServer allowed : servers) {
            list.add(allowed.hostPort());
        }
        return new GuardedHttp(settings, tls.trusting(), list);
    }

    private static GuardedHttp loopback() {
        return allowing(DEFAULTS, server, tlsServer);
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedByDefault() {
        GuardedHttp http = new GuardedHttp(OutboundSettings.defaults());
        int before = server.hits();
        HttpAnswer loopback = http.get(server.url("/ok"), null);
        assertThat(loopback.failure()).isEqualTo(Failure.REFUSED_ADDRESS);
        assertThat(loopback.detail()).contains("127.0.0.1", "loopback");
        assertThat(http.head("http://localhost:" + server.port() + "/ok", null).failure())
                .isEqualTo(Failure.REFUSED_ADDRESS);
        assertThat(http.head("http://[::1]:" + server.port() + "/ok", null).failure()).isEqualTo(Failure.REFUSED_ADDRESS);
        assertThat(server.hits()).as("nothing reached the server").isEqualTo(before);
        for (String internal : new String[] { "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "224.0.0.1", "[fd00::1]", "[fe80::1]", "[::ffff:10.0.0.1]" }) {
            long start = System.nanoTime();
            HttpAnswer answer = http.head("http://" + internal + "/", null);
            assertThat(answer.failure()).as(internal).isEqualTo(Failure.REFUSED_ADDRESS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused before connecting")
                    .isLessThan(Duration.ofSeconds(1));
        }
        assertThat(loopback().get(server.url("/ok"), null).status()).isEqualTo(200);
    }

    @Test
    void everyRedirectHopIsCheckedAgainAndOnlyExactAllowedPairsPass() throws Exception {
        try (TestServer jumps = TestServer.http("127.0.0.2"); TestServer unlisted = TestServer.http("127.0.0.1")) {
            jumps.redirect("/metadata", 302, "http://169.254.169.254/latest/meta-data/")
                    .redirect("/private", 301, "http://10.0.0.1/admin")
                    .redirect("/ula", 307, "http://[fd00::1]:8080/")
                    .redirect("/benchmark", 302, "http://198.18.0.1/")
                    .redirect("/by-name", 302, "http://localhost:" + server.port() + "/ok")
                    .redirect("/unlisted-port", 302, unlisted.url("/"))
                    .redirect("/allowed", 302, server.url("/ok"));
            unlisted.answer("/", 200, "text/plain", "unlisted");
            // only the two servers' own host:port pairs: not localhost, not the other port of 127.0.0.1
            GuardedHttp http = allowing(DEFAULTS, jumps, server);

            for (String[] hop : new String[][] { { "/metadata", "169.254.169.254", "link-local" },
                { "/private", "10.0.0.1", "private" }, { "/ula", "fd00:0:0:0:0:0:0:1", "unique local" },
                { "/benchmark", "198.18.0.1", "benchmarking" }, { "/by-name", "localhost", "loopback" },
                { "/unlisted-port", "127.0.0.1", "loopback" } }) {
                long start = System.nanoTime();
                HttpAnswer answer = http.get(jumps.url(hop[0]), null);
                assertThat(answer.failure()).as(hop[0]).isEqualTo(Failure.REFUSED_ADDRESS);
                assertThat(answer.detail()).as(hop[0]).contains(hop[1], hop[2]);
                assertThat(jumps.hits("GET", hop[0])).as("the first hop went out").isEqualTo(1);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused before connecting")
                        .isLessThan(Duration.ofSeconds(1));
            }
            assertThat(unlisted.hits()).as("nothing reached the unlisted port").isZero();

            int before = server.hits("GET", "/ok");
            HttpAnswer allowed = http.get(jumps.url("/allowed"), null);
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.uri().toString()).isEqualTo(server.url("/ok"));
            assertThat(new String(allowed.body(), StandardCharsets.UTF_8)).isEqualTo("fine");
            assertThat(server.hits("GET", "/ok")).isEqualTo(before + 1);
            // a HEAD does not follow: the redirect itself is the answer
            assertThat(http.head(jumps.url("/metadata"), null).status()).isEqualTo(302);
        }
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedWithoutASecondLookup() throws Exception {
        // a name server that answers 127.0.0.2 once and 127.0.0.1 afterwards (rebinding), two servers on one port
        try (TestServer checked = TestServer.http("127.0.0.2");
                TestServer rebound = TestServer.http("127.0.0.1", checked.port())) {
            checked.answer("/", 200, "text/plain", "checked");
            rebound.answer("/", 200, "text/plain", "rebound");
            AtomicInteger lookups = new AtomicInteger();
            GuardedHttp http = new GuardedHttp(DEFAULTS, tls.trusting(), OutboundAllowList.of("rebind.test:" + checked.port()),
                    host -> new InetAddress[] { InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.2"
                            : "127.0.0.1") });

            HttpAnswer answer = http.get("http://rebind.test:" + checked.port() + "/", null);

            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("checked");
            assertThat(lookups).as("one lookup per hop").hasValue(1);
            assertThat(rebound.hits()).isZero();

            // without the allow-list, the checked answer is what is refused
            lookups.set(0);
            GuardedHttp strict = new GuardedHttp(DEFAULTS, tls.trusting(), OutboundAllowList.none(),
                    host -> new InetAddress[] { InetAddress.getByName("93.184.216.34"),
                        InetAddress.getByName("10.0.0.7") });
            HttpAnswer refused = strict.head("http://mixed.test/", null);
            assertThat(refused.failure()).isEqualTo(Failure.REFUSED_ADDRESS);
            assertThat(refused.detail()).contains("10.0.0.7", "private");
        }
    }

    @Test
    void onlyHttpAndHttpsAndAtMostThreeRedirects() {
        GuardedHttp http = loopback();
        assertThat(http.get("file:///etc/passwd", null).failure()).isEqualTo(Failure.SCHEME);
        assertThat(http.get("ftp://example.com/x", null).failure()).isEqualTo(Failure.SCHEME);
        assertThat(http.get("gopher://127.0.0.1:70/", null).failure()).isEqualTo(Failure.SCHEME);
        assertThat(http.get("www.example.com", null).failure()).isEqualTo(Failure.INVALID_URL);
        assertThat(http.get(server.url("/to-file"), null).failure()).isEqualTo(Failure.SCHEME);

        HttpAnswer three = http.get(server.url("/r1"), null);
        assertThat(three.status()).isEqualTo(200);
        assertThat(three.uri().getPath()).isEqualTo("/ok");
        assertThat(new String(three.body(), StandardCharsets.UTF_8)).isEqualTo("fine");
        assertThat(http.get(server.url("/r0"), null).failure()).isEqualTo(Failure.TOO_MANY_REDIRECTS);
    }

    @Test
    void aBodyLargerThanTheBoundIsCut() {
        GuardedHttp http = allowing(DEFAULTS.withMaxBody(DataSize.ofKilobytes(1)), server);
        HttpAnswer big = http.get(server.url("/big"), null);
        assertThat(big.status()).isEqualTo(200);
        assertThat(big.body()).hasSize(1024);
        assertThat(big.truncated()).isTrue();
        HttpAnswer small = http.get(server.url("/small"), null);
        assertThat(small.body()).hasSize(500);
        assertThat(small.truncated()).isFalse();
    }

    @Test
    void aSlowServerIsGivenUpOnWithinTheTimeout() {
        GuardedHttp http = allowing(DEFAULTS.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800)), server);
        long start = System.nanoTime();
        HttpAnswer slow = http.get(server.url("/slow"), null);
        assertThat(slow.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));

        start = System.nanoTime();
        HttpAnswer trickle = http.get(server.url("/trickle"), null);
        assertThat(trickle.failure()).as("headers came at once, the body too slowly").isEqualTo(Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));

        HttpAnswer cut = loopback().get(server.url("/slow"), Instant.now().plusMillis(300));
        assertThat(cut.failure()).as("the caller's deadline came first").isEqualTo(Failure.DEADLINE);
    }

    @Test
    void certificatesAreCheckedAndTheUserAgentIsSouks() throws Exception {
        OutboundAllowList list = OutboundAllowList.of(tlsServer.hostPort(), server.hostPort());
        HttpAnswer untrusted = new GuardedHttp(DEFAULTS, SSLContext.getDefault(), list).head(tlsServer.url("/ok"), null);
        assertThat(untrusted.failure()).isEqualTo(Failure.TLS);
        assertThat(untrusted.detail()).contains("trusted authority");
        assertThat(loopback().head(tlsServer.url("/ok"), null).status()).isEqualTo(200);

        loopback().head(server.url("/ok"), null);
        assertThat(server.userAgent("/ok")).isEqualTo("Souk-Checks/1.0");
    }

    @Test
    void aCertificateForAnotherNameFails() throws Exception {
        TestServer.Tls other = TestServer.Tls.selfSigned(dir, "dns:other.example");
        try (TestServer mismatched = TestServer.https("127.0.0.1", other).answer("/ok", 200, "text/plain", "x")) {
            HttpAnswer answer = new GuardedHttp(DEFAULTS, other.trusting(), OutboundAllowList.of(mismatched.hostPort()))
                    .head(mismatched.url("/ok"), null);
            assertThat(answer.failure()).isEqualTo(Failure.TLS);
            assertThat(answer.detail()).contains("does not match");
        }
    }

    @Test
    void postSendsItsBody() {
        HttpAnswer answer = loopback().post(server.url("/echo"), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("POST application/json");
    }

    @Test
    void urlsAreTakenAsABrowserWould() {
        assertThat(GuardedHttp.parse("https://пример.рф/путь к файлу?q=а#part").toString())
                .isEqualTo("https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C%20%D0%BA%20%D1%84%D0%B0%D0%B9%D0%BB%D1%83"
                        + "?q=%D0%B0");
        assertThat(GuardedHttp.parse(" HTTP://Example.com:8080/a%20b ").toString()).isEqualTo("http://Example.com:8080/a%20b");
        assertThat(GuardedHttp.parse("http://[::1]:8080/").getHost()).isEqualTo("[::1]");
        assertThat(loopback().head("http://no-such-host.invalid/", null).failure())
                .isEqualTo(Failure.UNKNOWN_HOST);
    }
}
