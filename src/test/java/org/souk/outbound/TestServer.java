package org.souk.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real HTTP or HTTPS server on a loopback address and a free port, for the tests of the guarded client
 * and the network checks: fixed answers per path, and a count of the requests each path received.
 */
public final class TestServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();

    private TestServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
        server.start();
    }

    /** An HTTP server on {@code address} (127.0.0.1, 127.0.0.2, …). */
    public static TestServer http(String address) throws IOException {
        return http(address, 0);
    }

    /** An HTTP server on {@code address} and {@code port} ({@code 0}: a free one). */
    public static TestServer http(String address, int port) throws IOException {
        return new TestServer(HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 50));
    }

    /** An HTTPS server on {@code address} presenting the certificate of {@code tls}. */
    public static TestServer https(String address, Tls tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(tls.server()));
        return new TestServer(server);
    }

    /** Answers {@code path} with {@code handler}; each request is counted as "METHOD path". */
    public TestServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                    k -> new AtomicInteger()).incrementAndGet();
            userAgents.put(exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            try {
                exchange.getRequestBody().readAllBytes();
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /** Answers {@code path} with a status, a content type (or none) and a body; headers as name, value, …. */
    public TestServer answer(String path, int status, String contentType, byte[] body, String... headers) {
        return on(path, exchange -> send(exchange, status, contentType, body, headers));
    }

    public TestServer answer(String path, int status, String contentType, String body, String... headers) {
        return answer(path, status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A redirect to {@code location}. */
    public TestServer redirect(String path, int status, String location) {
        return answer(path, status, null, new byte[0], "Location", location);
    }

    /** Waits {@code millis} before answering 200. */
    public TestServer slow(String path, long millis) {
        return on(path, exchange -> {
            try {
                TimeUnit.MILLISECONDS.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public String url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + path;
    }

    /** {@code 127.0.0.1:port}, as {@link OutboundAllowList} takes it. */
    public String hostPort() {
        return server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** How many {@code method} requests {@code path} received. */
    public int hits(String method, String path) {
        AtomicInteger count = hits.get(method + " " + path);
        return count == null ? 0 : count.get();
    }

    public int hits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public String userAgent(String path) {
        return userAgents.get(path);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * A self-signed certificate made by the JDK's keytool for the given subject alternative names
     * ({@code ip:127.0.0.1}, {@code dns:localhost}): the server's key and a client context trusting it.
     */
    public record Tls(SSLContext server, SSLContext trusting) {

        public static Tls selfSigned(Path dir, String san) throws Exception {
            Path store = dir.resolve("server-" + System.nanoTime() + ".p12");
            char[] password = "changeit".toCharArray();
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=Souk test server", "-ext", "SAN=" + san, "-keystore", store.toString(), "-storetype",
                    "PKCS12", "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0 || !Files.exists(store)) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, password);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(keyManagers.getKeyManagers(), null, null);

            Certificate certificate = keys.getCertificate("server");
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("server", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, trust.getTrustManagers(), null);
            return new Tls(server, client);
        }
    }
}
