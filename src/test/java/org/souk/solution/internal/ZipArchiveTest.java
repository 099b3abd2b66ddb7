package org.souk.solution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The strict zip reader against hostile archives built byte by byte: each refused by the rule that names it. */
class ZipArchiveTest {

    private static final ZipArchive.Limits LIMITS = ArchiveChecks.LIMITS;

    /** An ordinary app with one change made to it. */
    private static byte[] app(Consumer<ZipBytes> change) {
        ZipBytes zip = new ZipBytes();
        zip.folder("js/");
        zip.add("index.html", "<!doctype html><title>App</title><script src=\"js/app.js\"></script>");
        zip.add("js/app.js", "console.log('hello');".repeat(20));
        change.accept(zip);
        return zip.bytes();
    }

    private static Arguments hostile(String what, String rule, byte[] zip) {
        return Arguments.of(what, rule, zip);
    }

    static Stream<Arguments> hostileArchives() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        return Stream.of(
                hostile("NUL in a name", "control", app(z -> z.add("evil\0.html", "x"))),
                hostile("a C0 control in a name", "control", app(z -> z.add("a\u0001b.js", "x"))),
                hostile("a C1 control in a name", "control", app(z -> z.add("a\u0085b.js", "x"))),
                hostile("a line feed in a name", "control", app(z -> z.add("a\nb.js", "x"))),
                hostile("a name that is not UTF-8", "encoding", app(z -> z.add("x", "x").name = new byte[] { 'a', (byte) 0xff, 'b' })),
                hostile("two entries of one name", "duplicate", app(z -> z.add("index.html", "again"))),
                hostile("a folder twice", "duplicate", app(z -> z.folder("js/"))),
                hostile("a file and its folder twice over", "duplicate", app(z -> z.add("js", "file named like the folder"))),
                hostile("a file used as a folder", "conflict", app(z -> {
                    z.add("lib", "x");
                    z.add("lib/a.js", "y");
                })),
                hostile("a symbolic link to a file", "symlink", app(z -> z.add("passwd", "/etc/passwd").external = 0120777L << 16)),
                hostile("a symbolic link to a folder", "symlink", app(z -> z.folder("etc/").external = 0120755L << 16)),
                hostile("a macOS symbolic link", "symlink", app(z -> {
                    ZipBytes.Entry link = z.add("up", "..");
                    link.madeBy = 19 << 8 | 20;
                    link.external = 0120755L << 16;
                })),
                hostile("a named pipe", "special", app(z -> z.add("fifo", "").external = 0010644L << 16)),
                hostile("an absolute path", "path", app(z -> z.add("/etc/cron.d/job", "x"))),
                hostile("a path up and out", "path", app(z -> z.add("../../root/.ssh/authorized_keys", "x"))),
                hostile("a path up in the middle", "path", app(z -> z.add("js/../../x.js", "x"))),
                hostile("a dot segment", "path", app(z -> z.add("js/./x.js", "x"))),
                hostile("a backslash path", "path", app(z -> z.add("..\\..\\x.js", "x"))),
                hostile("a drive letter", "path", app(z -> z.add("C:/Windows/x.js", "x"))),
                hostile("an empty segment", "path", app(z -> z.add("js//x.js", "x"))),
                hostile("33 folders deep", "depth", app(z -> z.add("d/".repeat(33) + "x.js", "x"))),
                hostile("a 64 KB name of folders", "nameLength", app(z -> z.add("a/".repeat(32_000) + "x", "x"))),
                hostile("a local name other than the central one", "header", app(z -> z.add("app.js", "x").localName = "evil.sh"
                        .getBytes(StandardCharsets.UTF_8))),
                hostile("a local method other than the central one", "header", app(z -> z.add("app.js", "x").localMethod = 0)),
                hostile("a local checksum other than the central one", "header", app(z -> z.add("app.js", "x").localCrc = 1L)),
                hostile("a central size other than the local one", "header", app(z -> z.add("app.js", "x").centralSize = 9L)),
                hostile("a data descriptor that disagrees", "header", app(z -> {
                    ZipBytes.Entry entry = z.add("app.js", "x");
                    entry.descriptor = true;
                    entry.descriptorCrc = 1L;
                })),
                hostile("an unpacked size larger than the data", "sizes", app(z -> z.add("app.js", "abc".repeat(50)).claimedSize = 1000L)),
                hostile("an unpacked size smaller than the data", "sizes", app(z -> z.add("app.js", "abc".repeat(50)).claimedSize = 10L)),
                hostile("a stored entry whose sizes differ", "sizes", app(z -> {
                    ZipBytes.Entry entry = z.add("raw.bin", random);
                    entry.method = 0;
                    entry.centralSize = 4000L;
                })),
                hostile("a folder with a size", "sizes", app(z -> z.folder("empty/").centralSize = 5L)),
                hostile("a packed size that lies", "gap", app(z -> z.add("app.js", random).claimedPacked = 100L)),
                hostile("a count larger than the entries", "count", app(z -> z.count = 9)),
                hostile("a count smaller than the entries", "count", app(z -> z.count = 2)),
                hostile("data past the end", "trailing", app(z -> z.trailing = "#!/bin/sh\nrm -rf /\n".getBytes())),
                hostile("data before the first entry", "directory", app(z -> z.prefix = "MZ polyglot".getBytes())),
                hostile("data hidden between entries", "gap", app(z -> z.add("app.js", "x").hiddenAfter = "<?php ?>".getBytes())),
                hostile("two names for one local entry", "gap", app(z -> z.add("copy.html", "x").centralOffset = 0L)),
                hostile("a wrong checksum", "crc", app(z -> z.add("app.js", "console.log(1)").claimedCrc = 123L)),
                hostile("a wrong checksum in a data descriptor archive", "crc", app(z -> {
                    ZipBytes.Entry entry = z.add("app.js", "console.log(1)");
                    entry.descriptor = true;
                    entry.centralCrc = 123L;
                    entry.descriptorCrc = 123L;
                })),
                hostile("damaged deflate data", "damaged", app(z -> {
                    ZipBytes.Entry entry = z.add("app.js", "x".repeat(100));
                    entry.packed = new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3 };
                })),
                hostile("an encrypted entry", "encrypted", app(z -> z.add("secret.js", "x").flags = 0x801)),
                hostile("an unknown method", "method", app(z -> {
                    ZipBytes.Entry entry = z.add("app.js", "x");
                    entry.method = 12;
                    entry.packed = "x".getBytes();
                })),
                hostile("a ZIP64 size", "zip64", app(z -> z.add("app.js", "x").centralSize = 0xffffffffL)),
                hostile("a split archive", "multidisk", app(z -> z.disk = 1)),
                hostile("a zip bomb", "bomb", app(z -> z.add("zeros.json", new byte[5 * 1024 * 1024]))),
                hostile("no entries", "empty", new ZipBytes().bytes()),
                hostile("not a zip", "broken", "just some text".getBytes()),
                hostile("a cut archive", "broken", java.util.Arrays.copyOf(app(z -> { }), 100)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("hostileArchives")
    void hostileArchivesAreRefusedByTheirRule(String what, String rule, byte[] zip) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ZipArchive.read(zip, LIMITS)).as(what).isInstanceOf(ZipArchive.Refused.class)
                .extracting(e -> ((ZipArchive.Refused) e).rule()).isEqualTo(rule);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void tooManyEntriesAndTooMuchUnpackedAreRefusedBeforeAnythingIsInflated() {
        ZipBytes many = new ZipBytes();
        for (int i = 0; i <= LIMITS.maxEntries(); i++) {
            many.add("f" + i + ".txt", "x");
        }
        assertThatThrownBy(() -> ZipArchive.read(many.bytes(), LIMITS)).extracting(e -> ((ZipArchive.Refused) e).rule())
                .isEqualTo("entries");
        byte[] random = new byte[3000];
        new Random(1).nextBytes(random);
        ZipArchive.Limits small = new ZipArchive.Limits(10, 2000, 32, 512, 100, 1024 * 1024);
        assertThatThrownBy(() -> ZipArchive.read(app(z -> z.add("data.bin", random)), small))
                .extracting(e -> ((ZipArchive.Refused) e).rule()).isEqualTo("unpacked");
    }

    @Test
    void ordinaryArchivesPass() throws Exception {
        // as the JDK writes them: deflated entries with data descriptors, and folders
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of("css/", "css/app.css", "index.html", "docs/руководство 📘.txt")) {
                zip.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) {
                    zip.write(("content of " + name).repeat(30).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
            zip.setComment("built by a test");
        }
        assertThat(ZipArchive.read(bytes.toByteArray(), LIMITS)).extracting(ZipArchive.Entry::path)
                .containsExactly("css", "css/app.css", "index.html", "docs/руководство 📘.txt");

        byte[] random = new byte[20_000];
        new Random(3).nextBytes(random);
        List<ZipArchive.Entry> entries = ZipArchive.read(app(z -> {
            ZipBytes.Entry stored = z.add("img/photo.jpg", random);
            stored.method = 0;
            z.add("d/".repeat(31) + "deep.txt", "32 levels are fine");
            // a small file of spaces packs far better than 100:1 and is no bomb
            z.add("blank.txt", " ".repeat(500_000));
        }), LIMITS);
        assertThat(entries).hasSize(6);
        assertThat(entries.get(3).size()).isEqualTo(20_000);
    }
}
