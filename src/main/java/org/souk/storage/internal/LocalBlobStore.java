package org.souk.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.storage.Blob;
import org.souk.storage.BlobStore;

/**
 * Blobs as files in a folder, sharded by the key's first two pairs of digits: {@code ab/cd/abcd…}. New
 * content is written to {@code tmp/} inside the folder (the same file system) and moved into place
 * atomically, so a reader never sees a partial blob. The content type is not kept: callers keep the
 * {@link Blob} they got from {@link #put} (only S3 stores it, as object metadata).
 */
class LocalBlobStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(LocalBlobStore.class);
    /** Temporary files older than this are left over from a crash and removed when the store starts. */
    static final Duration STALE = Duration.ofHours(1);

    private final Path root;
    private final Path tmp;

    LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        sweepStaleTemporaryFiles();
    }

    /** The folder the blobs are in. */
    Path root() {
        return root;
    }

    @Override
    public Blob put(InputStream content, long maxBytes, String contentType) {
        String type = contentType == null || contentType.isBlank() ? DEFAULT_CONTENT_TYPE : contentType;
        try (Spool spool = Spool.write(content, maxBytes, tmp)) {
            Path target = path(spool.key());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(spool.file(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    // the same bytes were stored at the same moment by another request
                }
            }
            return new Blob(spool.key(), spool.size(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the blob in " + root, e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        Path file = path(key);
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the blob " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) {
        Path file = path(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the blob " + key, e);
        }
    }

    /** {@code root/ab/cd/abcd…} for a valid key; anything else is refused before it meets the file system. */
    Path path(String key) {
        BlobStore.requireKey(key);
        Path file = root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("key outside the store: " + key);
        }
        return file;
    }

    private void sweepStaleTemporaryFiles() {
        if (!Files.isDirectory(tmp)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (Stream<Path> files = Files.list(tmp)) {
            files.filter(f -> f.getFileName().toString().endsWith(Spool.SUFFIX)).filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(before) < 0;
                } catch (IOException e) {
                    return false;
                }
            }).forEach(f -> {
                log.info("Removing the temporary file {} left over from an interrupted upload", f);
                Spool.deleteQuietly(f);
            });
        } catch (IOException e) {
            log.warn("Could not look for left-over temporary files in {}: {}", tmp, e.toString());
        }
    }

    @Override
    public String toString() {
        return "LocalBlobStore[" + root + "]";
    }
}
