package org.souk.storage.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.souk.storage.Blob;
import org.souk.storage.BlobStore;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects {@code <prefix><key>} in an S3-compatible bucket, with the content type as the object's
 * Content-Type. Content is first spooled to a temporary file (to know its key and size before the upload),
 * then sent from that file with a Content-MD5 that the server checks.
 */
class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path spoolDir;

    S3BlobStore(S3Client s3, String bucket, String prefix, Path spoolDir) {
        requireBucket(bucket);
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = normalizePrefix(prefix);
        this.spoolDir = spoolDir;
    }

    /** A store with its own client for the settings; content is spooled in {@code spoolDir}. */
    static S3BlobStore connect(StorageProperties.S3 settings, Path spoolDir) {
        requireBucket(settings.bucket());
        return new S3BlobStore(client(settings), settings.bucket(), settings.prefix(), spoolDir);
    }

    private static void requireBucket(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("souk.storage.s3.bucket (SOUK_STORAGE_S3_BUCKET) is required for S3 storage");
        }
    }

    static S3Client client(StorageProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyle())
                // S3-compatible servers do not all know the newer flexible checksums: send them only where
                // an operation requires them (PutObject carries a Content-MD5 of our own instead)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 settings) {
        boolean access = settings.accessKey() != null && !settings.accessKey().isBlank();
        boolean secret = settings.secretKey() != null && !settings.secretKey().isBlank();
        if (access != secret) {
            throw new IllegalStateException(
                    "give both souk.storage.s3.access-key and souk.storage.s3.secret-key, or neither");
        }
        if (access) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    static String normalizePrefix(String prefix) {
        if (prefix == null) {
            return "";
        }
        String p = prefix.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    @Override
    public Blob put(InputStream content, long maxBytes, String contentType) {
        String type = contentType == null || contentType.isBlank() ? DEFAULT_CONTENT_TYPE : contentType;
        try (Spool spool = Spool.write(content, maxBytes, spoolDir)) {
            String key = spool.key();
            if (!exists(key)) {
                PutObjectRequest request = PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(objectKey(key))
                        .contentType(type)
                        .contentLength(spool.size())
                        .contentMD5(Base64.getEncoder().encodeToString(spool.md5()))
                        .build();
                s3.putObject(request, RequestBody.fromFile(spool.file()));
            }
            return new Blob(key, spool.size(), type);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        String objectKey = objectKey(key);
        try {
            return Optional.of(s3.getObject(b -> b.bucket(bucket).key(objectKey)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        String objectKey = objectKey(key);
        try {
            s3.headObject(b -> b.bucket(bucket).key(objectKey));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        String objectKey = objectKey(key);
        s3.deleteObject(b -> b.bucket(bucket).key(objectKey));
    }

    /** {@code <prefix><key>} for a valid key; anything else is refused before a request is made. */
    String objectKey(String key) {
        return prefix + BlobStore.requireKey(key);
    }

    String bucket() {
        return bucket;
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "S3BlobStore[bucket=" + bucket + ", prefix=" + prefix + "]";
    }
}
