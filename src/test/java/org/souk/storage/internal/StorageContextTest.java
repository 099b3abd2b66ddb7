package org.souk.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.souk.storage.BlobStore;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** In the shared application context, blobs go to a folder under the data folder unless told otherwise. */
class StorageContextTest extends IntegrationTest {

    @Autowired
    BlobStore blobs;

    @Value("${souk.data-dir}")
    Path dataDir;

    @Test
    void theLocalFolderStoreIsTheDefault() {
        assertThat(blobs).isInstanceOf(LocalBlobStore.class);
        assertThat(((LocalBlobStore) blobs).root()).isEqualTo(dataDir.resolve("blobs").toAbsolutePath().normalize());
    }
}
