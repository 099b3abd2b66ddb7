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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.outbound.HttpAnswer.Failure;
import org.springframework.util.unit.DataSize;

/** The guarded client against real servers on loopback addresses: what it refuses, cuts and gives up on. */
class GuardedHttpTest {

    private static final OutboundSettings LOOPBACK = OutboundSettings.defaults().allowingPrivate();

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
        assertThat(new GuardedHttp(LOOPBACK).get(server.url("/ok"), null).status()).isEqualTo(200);
    }

    @Test
    void aRedirectFromAnAllowedHostToLoopbackIsRefused() throws Exception {
        try (TestServer allowed = TestServer.http("127.0.0.2")) {
            allowed.redirect("/jump", 302, server.url("/ok"));
            InetAddress allowedAddress = InetAddress.getByName("127.0.0.2");
            GuardedHttp http = new GuardedHttp(OutboundSettings.defaults(), tls.trusting(), allowedAddress::equals);
            int before = server.hits();

            HttpAnswer answer = http.get(allowed.url("/jump"), null);

            assertThat(allowed.hits("GET", "/jump")).isEqualTo(1);
            assertThat(answer.failure()).isEqualTo(Failure.REFUSED_ADDRESS);
            assertThat(answer.uri().toString()).isEqualTo(server.url("/ok"));
            assertThat(server.hits()).as("nothing reached 127.0.0.1").isEqualTo(before);
            // a HEAD does not follow: the redirect itself is the answer
            assertThat(http.head(allowed.url("/jump"), null).status()).isEqualTo(302);
        }
    }

    @Test
    void onlyHttpAndHttpsAndAtMostThreeRedirects() {
        GuardedHttp http = new GuardedHttp(LOOPBACK);
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
        GuardedHttp http = new GuardedHttp(LOOPBACK.withMaxBody(DataSize.ofKilobytes(1)));
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
        GuardedHttp http = new GuardedHttp(LOOPBACK.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800)));
        long start = System.nanoTime();
        HttpAnswer slow = http.get(server.url("/slow"), null);
        assertThat(slow.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));

        start = System.nanoTime();
        HttpAnswer trickle = http.get(server.url("/trickle"), null);
        assertThat(trickle.failure()).as("headers came at once, the body too slowly").isEqualTo(Failure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_000));

        HttpAnswer cut = new GuardedHttp(LOOPBACK).get(server.url("/slow"), Instant.now().plusMillis(300));
        assertThat(cut.failure()).as("the caller's deadline came first").isEqualTo(Failure.DEADLINE);
    }

    @Test
    void certificatesAreCheckedAndTheUserAgentIsSouks() {
        HttpAnswer untrusted = new GuardedHttp(LOOPBACK).head(tlsServer.url("/ok"), null);
        assertThat(untrusted.failure()).isEqualTo(Failure.TLS);
        assertThat(untrusted.detail()).contains("trusted authority");
        assertThat(new GuardedHttp(LOOPBACK, tls.trusting()).head(tlsServer.url("/ok"), null).status()).isEqualTo(200);

        new GuardedHttp(LOOPBACK).head(server.url("/ok"), null);
        assertThat(server.userAgent("/ok")).isEqualTo("Souk-Checks/1.0");
    }

    @Test
    void aCertificateForAnotherNameFails() throws Exception {
        TestServer.Tls other = TestServer.Tls.selfSigned(dir, "dns:other.example");
        try (TestServer mismatched = TestServer.https("127.0.0.1", other).answer("/ok", 200, "text/plain", "x")) {
            HttpAnswer answer = new GuardedHttp(LOOPBACK, other.trusting()).head(mismatched.url("/ok"), null);
            assertThat(answer.failure()).isEqualTo(Failure.TLS);
            assertThat(answer.detail()).contains("does not match");
        }
    }

    @Test
    void postSendsItsBody() {
        HttpAnswer answer = new GuardedHttp(LOOPBACK).post(server.url("/echo"), "application/json",
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
        assertThat(new GuardedHttp(LOOPBACK).head("http://no-such-host.invalid/", null).failure())
                .isEqualTo(Failure.UNKNOWN_HOST);
    }
}
