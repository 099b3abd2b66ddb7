package org.souk.storage.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.souk.storage.Blob;
import org.souk.storage.BlobStore;
import org.souk.storage.BlobTooLarge;

/** What every {@link BlobStore} does; each implementation's test runs these against a real backend. */
abstract class BlobStoreContract {

    /** SHA-256 of "hello". */
    static final String HELLO_KEY = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    abstract BlobStore store();

    /** How many blobs the backend holds for this test. */
    abstract long storedCount() throws Exception;

    /** Temporary files the store left in its spool folder. */
    abstract List<Path> temporaryFiles() throws Exception;

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    static String read(Optional<InputStream> blob) throws Exception {
        assertThat(blob).isPresent();
        try (InputStream in = blob.get()) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    @Test
    void storesUnderTheSha256AndReadsBack() throws Exception {
        Blob blob = store().put(bytes("hello"), 100, "text/plain");

        assertThat(blob).isEqualTo(new Blob(HELLO_KEY, 5, "text/plain"));
        assertThat(store().exists(HELLO_KEY)).isTrue();
        assertThat(read(store().open(HELLO_KEY))).isEqualTo("hello");
        assertThat(storedCount()).isEqualTo(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void deletesAndForgets() throws Exception {
        store().put(bytes("hello"), 100, "text/plain");

        store().delete(HELLO_KEY);

        assertThat(store().exists(HELLO_KEY)).isFalse();
        assertThat(store().open(HELLO_KEY)).isEmpty();
        assertThat(storedCount()).isZero();
        store().delete(HELLO_KEY); // absent: nothing happens
    }

    @Test
    void absentKeyIsNotFound() {
        String absent = "0".repeat(64);
        assertThat(store().exists(absent)).isFalse();
        assertThat(store().open(absent)).isEmpty();
    }

    @Test
    void identicalContentIsStoredOnceUnderOneKey() throws Exception {
        Blob first = store().put(bytes("same bytes"), 100, "image/png");
        Blob second = store().put(bytes("same bytes"), 100, "image/png");
        Blob other = store().put(bytes("other bytes"), 100, "image/png");

        assertThat(second.key()).isEqualTo(first.key());
        assertThat(other.key()).isNotEqualTo(first.key());
        assertThat(storedCount()).isEqualTo(2);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void missingContentTypeIsOctetStream() {
        assertThat(store().put(bytes("x"), 10, null).contentType()).isEqualTo(BlobStore.DEFAULT_CONTENT_TYPE);
    }

    @Test
    void emptyContentIsABlobToo() throws Exception {
        Blob blob = store().put(InputStream.nullInputStream(), 0, "text/plain");

        assertThat(blob.key()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(blob.size()).isZero();
        assertThat(read(store().open(blob.key()))).isEmpty();
    }

    @Test
    void largeContentStreamsThroughUnchanged() throws Exception {
        long size = 3 * 1024 * 1024 + 17; // many buffers, not a multiple of any
        String expected = TestStreams.sha256(new TestStreams.Generated(size, 42));

        Blob blob = store().put(new TestStreams.Generated(size, 42), size, "application/zip");

        assertThat(blob.key()).isEqualTo(expected);
        assertThat(blob.size()).isEqualTo(size);
        assertThat(TestStreams.sha256(store().open(blob.key()).orElseThrow())).isEqualTo(expected);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void contentOfExactlyTheLimitIsAccepted() {
        assertThat(store().put(new TestStreams.Generated(1000, 1), 1000, "image/png").size()).isEqualTo(1000);
    }

    @Test
    void tooLargeContentIsRefusedAndLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> store().put(new TestStreams.Generated(1001, 1), 1000, "image/png"))
                .isInstanceOfSatisfying(BlobTooLarge.class, e -> assertThat(e.limit()).isEqualTo(1000));

        assertThat(storedCount()).isZero();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void tooLargeContentIsNotReadOnPastTheLimit() throws Exception {
        TestStreams.Endless endless = new TestStreams.Endless();

        assertThatThrownBy(() -> store().put(endless, 200_000, "application/zip")).isInstanceOf(BlobTooLarge.class);

        assertThat(endless.read).isEqualTo(200_001);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void brokenUploadLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> store().put(new TestStreams.Failing(150_000), 1_000_000, "image/png"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(storedCount()).isZero();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void keysThatAreNotSha256HexAreRefused() {
        List<String> bad = new ArrayList<>(Arrays.asList("../../etc/passwd", "", "2cf24dba",
                HELLO_KEY.toUpperCase(), HELLO_KEY + "0", HELLO_KEY.substring(1), "../" + HELLO_KEY.substring(3),
                HELLO_KEY.substring(0, 60) + "/../", "/" + HELLO_KEY.substring(1), HELLO_KEY.substring(0, 63) + "\n",
                HELLO_KEY.substring(0, 62) + "..", null));
        for (String key : bad) {
            assertThatThrownBy(() -> store().open(key)).as("open %s", key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().exists(key)).as("exists %s", key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().delete(key)).as("delete %s", key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(BlobStore.isKey(key)).isFalse();
        }
        assertThat(BlobStore.isKey(HELLO_KEY)).isTrue();
    }
}
