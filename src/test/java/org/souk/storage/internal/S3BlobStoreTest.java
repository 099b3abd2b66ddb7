package org.souk.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.souk.support.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.storage.Blob;
import org.souk.storage.BlobStore;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 store against a real S3-compatible server (S3Proxy, started once for the class as a separate
 * process). Each test has a key prefix of its own in one bucket.
 */
class S3BlobStoreTest extends BlobStoreContract {

    static final String BUCKET = "souk-test";

    @TempDir
    static Path serverDir;
    static S3ProxyServer server;
    static S3Client admin;

    @TempDir
    Path spoolDir;
    String prefix;
    S3BlobStore store;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start(serverDir);
        admin = S3BlobStore.client(settings("unused", S3ProxyServer.SECRET_KEY));
        admin.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static StorageProperties.S3 settings(String prefix, String secretKey) {
        return new StorageProperties.S3(server.endpoint(), "us-east-1", BUCKET, prefix, true,
                S3ProxyServer.ACCESS_KEY, secretKey);
    }

    @BeforeEach
    void createStore() {
        prefix = "blobs-" + UUID.randomUUID();
        store = S3BlobStore.connect(settings(prefix, S3ProxyServer.SECRET_KEY), spoolDir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    long storedCount() {
        return admin.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix + "/")).contents().stream().count();
    }

    @Override
    List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(spoolDir)) {
            return files.toList();
        }
    }

    @Test
    void objectsAreNamedByPrefixAndKeyAndKeepTheContentType() {
        Blob blob = store.put(bytes("hello"), 100, "image/png");

        HeadObjectResponse head = admin.headObject(b -> b.bucket(BUCKET).key(prefix + "/" + HELLO_KEY));
        assertThat(head.contentType()).isEqualTo("image/png");
        assertThat(head.contentLength()).isEqualTo(blob.size());
    }

    @Test
    void aWrongSecretIsRejectedByTheServer() throws IOException {
        try (S3BlobStore impostor = S3BlobStore.connect(settings(prefix, "not-the-secret"), spoolDir)) {
            assertThatThrownBy(() -> impostor.put(bytes("hello"), 100, "text/plain"))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
        assertThat(storedCount()).isZero();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void prefixesAreNormalized() {
        assertThat(S3BlobStore.normalizePrefix(null)).isEmpty();
        assertThat(S3BlobStore.normalizePrefix("")).isEmpty();
        assertThat(S3BlobStore.normalizePrefix("souk")).isEqualTo("souk/");
        assertThat(S3BlobStore.normalizePrefix("/souk/blobs/")).isEqualTo("souk/blobs/");
        assertThat(store.objectKey(HELLO_KEY)).isEqualTo(prefix + "/" + HELLO_KEY);
    }

    @Test
    void theSdkUsesTheUrlConnectionClientOnly() {
        // netty-nio-client and apache5-client are excluded in pom.xml to keep the jar small
        for (String excluded : List.of("software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient",
                "software.amazon.awssdk.http.apache5.Apache5HttpClient",
                "software.amazon.awssdk.http.apache.ApacheHttpClient")) {
            assertThatThrownBy(() -> Class.forName(excluded)).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
