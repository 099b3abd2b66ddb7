package org.souk.solution.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.souk.storage.Blob;
import org.souk.storage.BlobStore;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The archive of a static HTML/JS app or a site template (V-05, T-SITE-1): a zip of bounded size,
 * entry count and unpacked size, whose entries cannot escape the folder they are unpacked into
 * (zip-slip), with a file name in latin letters without spaces.
 */
@Component
public class ArchiveChecks {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    static final long MAX_UNPACKED = 100L * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9._-]{1,100}\\.zip$");

    private final BlobStore blobs;
    private final Messages messages;

    ArchiveChecks(BlobStore blobs, Messages messages) {
        this.blobs = blobs;
        this.messages = messages;
    }

    public record Archive(Blob blob, String name, int entries) {
    }

    public Archive check(String fileName, InputStream content) {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw invalid("error.archive.name");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("souk-archive", ".zip");
            copyBounded(content, temp);
            int entries = inspect(temp);
            try (InputStream stored = Files.newInputStream(temp)) {
                return new Archive(blobs.put(stored, MAX_BYTES, "application/zip"), fileName, entries);
            }
        } catch (IOException e) {
            throw invalid("error.archive.broken");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the system's temp cleaning
                }
            }
        }
    }

    private void copyBounded(InputStream content, Path target) throws IOException {
        try (content; OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = content.read(buffer)) != -1) {
                total += read;
                if (total > MAX_BYTES) {
                    throw invalid("error.archive.tooLarge", MAX_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw invalid("error.archive.broken");
            }
        }
    }

    private int inspect(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int count = 0;
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw invalid("error.archive.entries", MAX_ENTRIES);
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("\\") || name.contains(":")
                        || Path.of(name).normalize().startsWith("..") || ("/" + name + "/").contains("/../")) {
                    throw invalid("error.archive.path", name);
                }
                // the declared size can lie; the real one is bounded again when the archive is unpacked
                unpacked += Math.max(entry.getSize(), 0);
                if (unpacked > MAX_UNPACKED) {
                    throw invalid("error.archive.unpacked", MAX_UNPACKED / (1024 * 1024));
                }
            }
            if (count == 0) {
                throw invalid("error.archive.empty");
            }
            return count;
        } catch (ZipException e) {
            throw invalid("error.archive.broken");
        }
    }

    private InvalidInput invalid(String code, Object... args) {
        return new InvalidInput(messages.violation("archive", "V-05", code, args));
    }
}
