package org.souk.storage.internal;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code souk.storage.*}: where blobs are kept. As environment variables: {@code SOUK_STORAGE_TYPE},
 * {@code SOUK_STORAGE_LOCAL_DIR}, {@code SOUK_STORAGE_S3_ENDPOINT}, {@code …_REGION}, {@code …_BUCKET},
 * {@code …_PREFIX}, {@code …_PATH_STYLE}, {@code …_ACCESS_KEY}, {@code …_SECRET_KEY}.
 *
 * @param type {@code local} (default) or {@code s3}
 * @param local the folder store's settings
 * @param s3 the S3 store's settings
 */
@ConfigurationProperties("souk.storage")
public record StorageProperties(@DefaultValue("local") Type type, @DefaultValue Local local, @DefaultValue S3 s3) {

    public enum Type {
        LOCAL, S3
    }

    /** @param dir the folder; unset: {@code ${souk.data-dir}/blobs} */
    public record Local(Path dir) {
    }

    /**
     * @param endpoint an S3-compatible server's address (MinIO, Ceph, a cloud's S3 API); unset: AWS
     * @param region the signing region; most S3-compatible servers accept any
     * @param bucket the bucket, which must exist
     * @param prefix prepended to every object key, e.g. {@code souk/}
     * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}; most
     *        self-hosted servers need it
     * @param accessKey with {@code secretKey}; both unset: the SDK's default chain (AWS_* variables,
     *        profiles, instance roles)
     * @param secretKey the secret of {@code accessKey}
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket,
            @DefaultValue("") String prefix, @DefaultValue("false") boolean pathStyle, String accessKey,
            String secretKey) {

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                    + ", pathStyle=" + pathStyle + ", accessKey=" + accessKey + ", secretKey="
                    + (secretKey == null ? null : "******") + "]";
        }
    }
}
