package org.souk.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Test tools that come as npm packages (axe-core, the Nu HTML checker's vnu.jar): {@code npm pack} downloads the
 * package's tarball once into target/, and the one file a test needs is taken out of it. Absent npm or the
 * registry, {@link #file} answers null and the test skips.
 */
public final class NpmTools {

    private static final Path FOLDER = Path.of("target", "npm-tools");

    private NpmTools() {
    }

    /** The file {@code path} (inside the package, e.g. "axe.min.js") of {@code name@version}; null when not to be had. */
    public static synchronized Path file(String name, String version, String path) throws IOException, InterruptedException {
        Path target = FOLDER.resolve(name + "-" + version).resolve(Path.of(path).getFileName());
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Process pack;
        try {
            pack = new ProcessBuilder("npm", "pack", name + "@" + version, "--silent").directory(FOLDER.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        if (!pack.waitFor(300, TimeUnit.SECONDS) || pack.exitValue() != 0) {
            pack.destroy();
            return null;
        }
        Path tarball = FOLDER.resolve(name + "-" + version + ".tgz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String entry = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "").trim();
                long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
                if (entry.equals("package/" + path)) {
                    Path partial = Files.createTempFile(target.getParent(), "partial", ".tmp");
                    try (var out = Files.newOutputStream(partial)) {
                        long left = size;
                        byte[] buffer = new byte[1 << 16];
                        while (left > 0) {
                            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                            if (read < 0) {
                                throw new IOException("the tarball of " + name + " ends early");
                            }
                            out.write(buffer, 0, read);
                            left -= read;
                        }
                    }
                    Files.move(partial, target);
                    return target;
                }
                in.skipNBytes(size + (512 - size % 512) % 512);
            }
        } finally {
            Files.deleteIfExists(tarball);
        }
        return null;
    }
}
