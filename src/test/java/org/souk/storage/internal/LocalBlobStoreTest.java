package org.souk.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.storage.BlobStore;

/** The folder store on a real folder of its own for each test. */
class LocalBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    LocalBlobStore store;

    @BeforeEach
    void createStore() {
        store = new LocalBlobStore(root);
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    long storedCount() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(root.resolve("tmp"))).count();
        }
    }

    @Override
    List<Path> temporaryFiles() throws IOException {
        if (!Files.isDirectory(root.resolve("tmp"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
            return files.toList();
        }
    }

    @Test
    void blobsAreShardedByTheirFirstDigits() {
        store.put(bytes("hello"), 100, "text/plain");

        assertThat(root.resolve("2c").resolve("f2").resolve(HELLO_KEY)).isRegularFile().hasContent("hello");
    }

    @Test
    void aStoredBlobIsNotWrittenAgain() throws IOException {
        store.put(bytes("hello"), 100, "text/plain");
        Path file = root.resolve("2c/f2/" + HELLO_KEY);
        FileTime earlier = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, earlier);

        store.put(bytes("hello"), 100, "text/plain");

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(earlier);
    }

    @Test
    void leftOverTemporaryFilesAreRemovedAtStart() throws IOException {
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path stale = Files.writeString(tmp.resolve("blob-1" + Spool.SUFFIX), "interrupted");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(LocalBlobStore.STALE).minusSeconds(60)));
        Path current = Files.writeString(tmp.resolve("blob-2" + Spool.SUFFIX), "still uploading");

        new LocalBlobStore(root);

        assertThat(stale).doesNotExist();
        assertThat(current).exists();
    }

    @Test
    void theFolderIsCreatedWhenNeeded() {
        LocalBlobStore nested = new LocalBlobStore(root.resolve("not/yet/there"));

        assertThat(nested.exists(HELLO_KEY)).isFalse();
        nested.put(bytes("hello"), 100, "text/plain");
        assertThat(nested.exists(HELLO_KEY)).isTrue();
    }
}
