package org.souk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OCI image that `./mvnw -Pimage verify` builds with Jib onto an empty base (failsafe runs this after the
 * package phase wrote target/souk-image.tar): the layers hold the app and a jlinked Java 17 and nothing else,
 * the entrypoint starts the app with that Java as a non-root user, and that Java runs.
 */
class ImageIT {

    private static final Path TAR = Path.of(System.getProperty("souk.image.tar", "target/souk-image.tar"));
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theImageStartsTheAppOnItsOwnJlinkedJava() throws Exception {
        Path blobs = dir.resolve("blobs/sha256");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(TAR))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    copy(tar, dir, entry);
                }
            }
        }
        JsonNode index = json.readTree(dir.resolve("index.json").toFile());
        assertThat(index.path("manifests").get(0).path("annotations").path("org.opencontainers.image.ref.name")
                .asString()).startsWith("souk:");
        JsonNode manifest = blob(blobs, index.path("manifests").get(0).path("digest").asString());
        JsonNode config = blob(blobs, manifest.path("config").path("digest").asString()).path("config");

        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(arg -> entrypoint.add(arg.asString()));
        assertThat(entrypoint).startsWith("/opt/java/bin/java").endsWith("-cp", "@/app/jib-classpath-file",
                "org.souk.SoukApplication");
        assertThat(config.path("User").asString()).doesNotStartWith("0").isNotEmpty();
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.path("Env").toString()).contains("SOUK_DATA_DIR=/data");

        // Jib's app layers, then the extra directory with the runtime; nothing from a base image
        Map<String, List<String>> layers = new HashMap<>();
        for (JsonNode layer : manifest.path("layers")) {
            String digest = layer.path("digest").asString();
            layers.put(digest, files(blobs.resolve(digest.substring("sha256:".length()))));
        }
        List<String> all = layers.values().stream().flatMap(List::stream).toList();
        assertThat(manifest.path("layers")).hasSize(5);
        assertThat(all).contains("app/classes/org/souk/SoukApplication.class", "app/jib-classpath-file",
                "opt/java/bin/java", "opt/java/lib/modules", "tmp/", "data/")
                .anyMatch(file -> file.matches("app/libs/spring-core-[0-9.]+\\.jar"))
                .allMatch(file -> file.matches("(app|tmp|data|opt)/|(app|opt/java|tmp|data)/.*"));

        String runtime = layers.entrySet().stream().filter(e -> e.getValue().contains("opt/java/bin/java"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Path root = Files.createDirectories(dir.resolve("root"));
        unpack(blobs.resolve(runtime.substring("sha256:".length())), root);
        String version = run(root.resolve("opt/java/bin/java").toString(), "-version");
        assertThat(version).contains("version \"17.");
        assertThat(run(root.resolve("opt/java/bin/java").toString(), "--list-modules")).contains("java.sql",
                "java.desktop", "jdk.crypto.ec", "jdk.localedata").doesNotContain("jdk.compiler");
    }

    private JsonNode blob(Path blobs, String digest) throws IOException {
        return json.readTree(blobs.resolve(digest.substring("sha256:".length())).toFile());
    }

    private static List<String> files(Path layer) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(layer)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** Unpacks a layer with its files' execute bits. */
    private static void unpack(Path layer, Path root) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(layer)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    Path target = copy(tar, root, entry);
                    if ((entry.getMode() & 0100) != 0) {
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                        permissions.add(PosixFilePermission.OWNER_EXECUTE);
                        Files.setPosixFilePermissions(target, permissions);
                    }
                }
            }
        }
    }

    private static Path copy(InputStream tar, Path root, TarArchiveEntry entry) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("entry outside the archive: " + entry.getName());
        }
        Files.createDirectories(target.getParent());
        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(text).isZero();
            return text;
        }
    }
}
