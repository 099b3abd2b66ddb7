package org.souk.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.storage.BlobTooLarge;

/**
 * Content copied to a temporary file, with its SHA-256 (the blob's key), its MD5 (for S3's Content-MD5)
 * and its size. Closing deletes the file unless it was moved away. Holds one 64 KiB buffer, never the
 * content.
 */
final class Spool implements AutoCloseable {

    static final String SUFFIX = ".part";
    private static final Logger log = LoggerFactory.getLogger(Spool.class);
    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String key;
    private final byte[] md5;
    private final long size;

    private Spool(Path file, String key, byte[] md5, long size) {
        this.file = file;
        this.key = key;
        this.md5 = md5;
        this.size = size;
    }

    /**
     * Copies at most {@code maxBytes + 1} bytes of the content into a new file in {@code folder}.
     *
     * @throws BlobTooLarge if there are more than {@code maxBytes}; the file is deleted
     * @throws UncheckedIOException if reading or writing fails; the file is deleted
     */
    static Spool write(InputStream content, long maxBytes, Path folder) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("negative limit " + maxBytes);
        }
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        Path file;
        try {
            Files.createDirectories(folder);
            file = Files.createTempFile(folder, "blob-", SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + folder, e);
        }
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            while (true) {
                long room = maxBytes - size;
                // one byte more than the room left tells "too large" without reading on
                int wanted = room >= buffer.length ? buffer.length : (int) room + 1;
                int read = content.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                size += read;
                if (size > maxBytes) {
                    throw new BlobTooLarge(maxBytes);
                }
                sha256.update(buffer, 0, read);
                md5.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            complete = true;
            return new Spool(file, HexFormat.of().formatHex(sha256.digest()), md5.digest(), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the content", e);
        } finally {
            if (!complete) {
                deleteQuietly(file);
            }
        }
    }

    Path file() {
        return file;
    }

    /** The lower-case hex SHA-256 of the content. */
    String key() {
        return key;
    }

    byte[] md5() {
        return md5.clone();
    }

    long size() {
        return size;
    }

    /** Deletes the file if it is still there. */
    @Override
    public void close() {
        deleteQuietly(file);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary file {}: {}", file, e.toString());
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
