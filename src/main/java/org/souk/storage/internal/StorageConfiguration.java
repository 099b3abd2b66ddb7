package org.souk.storage.internal;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.storage.BlobStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link BlobStore} that {@code souk.storage.type} names; an S3 store's client is closed on shutdown. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    BlobStore blobStore(StorageProperties properties, @Value("${souk.data-dir:./data}") Path dataDir) {
        return switch (properties.type()) {
            case LOCAL -> {
                Path dir = properties.local().dir() != null ? properties.local().dir() : dataDir.resolve("blobs");
                LocalBlobStore store = new LocalBlobStore(dir);
                log.info("Blobs are stored in the folder {}", store.root());
                yield store;
            }
            case S3 -> {
                StorageProperties.S3 s3 = properties.s3();
                S3BlobStore store = S3BlobStore.connect(s3, Path.of(System.getProperty("java.io.tmpdir")));
                log.info("Blobs are stored in the S3 bucket {} at {}", s3.bucket(),
                        s3.endpoint() != null ? s3.endpoint() : "AWS (" + s3.region() + ")");
                yield store;
            }
        };
    }
}
