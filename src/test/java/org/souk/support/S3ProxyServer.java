package org.souk.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * S3Proxy, a real S3-compatible server (in-memory storage, AWS V2/V4 signatures checked), run as a
 * separate {@code java -jar} process on a free port of 127.0.0.1. Its jar is copied into
 * {@code target/s3proxy/} by the maven-dependency-plugin in process-test-resources; none of its classes
 * are on the test classpath. Output goes to {@code s3proxy.log} in the work folder.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "souk-test-access";
    public static final String SECRET_KEY = "souk-test-secret";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final URI endpoint;
    private final Path log;
    private final Thread shutdownHook;

    private S3ProxyServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
        this.shutdownHook = new Thread(process::destroyForcibly, "s3proxy-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public URI endpoint() {
        return endpoint;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven (its process-test-resources "
                    + "phase copies org.gaul:s3proxy:jar-with-dependencies there) or give -Ds3proxy.jar=<path>");
        }
        return jar;
    }

    public static S3ProxyServer start(Path workDir) throws IOException, InterruptedException {
        Path jar = jar();
        Path log = workDir.resolve("s3proxy.log");
        IOException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port = freePort();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path conf = workDir.resolve("s3proxy.conf");
            Files.write(conf, List.of(
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=transient-nio2",
                    "jclouds.identity=unused",
                    "jclouds.credential=unused"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-jar", jar.toString(), "--properties", conf.toString())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (awaitListening(process, port)) {
                return new S3ProxyServer(process, endpoint, log);
            }
            stop(process);
            last = new IOException("S3Proxy did not start on port " + port + " (attempt " + attempt + "):\n" + tail(log));
        }
        throw last;
    }

    private static boolean awaitListening(Process process, int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(process);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    @Override
    public String toString() {
        return "S3Proxy at " + endpoint + " (log " + log + ")";
    }
}
