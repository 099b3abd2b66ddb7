package org.souk.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables the README names bind to {@link StorageProperties}. */
class StoragePropertiesTest {

    static StorageProperties bind(Map<String, Object> variables) {
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables);
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("souk.storage",
                StorageProperties.class);
    }

    @Test
    void defaultsToTheLocalFolder() {
        StorageProperties properties = bind(Map.of());

        assertThat(properties.type()).isEqualTo(StorageProperties.Type.LOCAL);
        assertThat(properties.local().dir()).isNull();
        assertThat(properties.s3().region()).isEqualTo("us-east-1");
        assertThat(properties.s3().prefix()).isEmpty();
        assertThat(properties.s3().pathStyle()).isFalse();
    }

    @Test
    void readsTheEnvironmentVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("SOUK_STORAGE_TYPE", "s3");
        variables.put("SOUK_STORAGE_LOCAL_DIR", "/srv/blobs");
        variables.put("SOUK_STORAGE_S3_ENDPOINT", "http://minio:9000");
        variables.put("SOUK_STORAGE_S3_REGION", "eu-central-1");
        variables.put("SOUK_STORAGE_S3_BUCKET", "souk");
        variables.put("SOUK_STORAGE_S3_PREFIX", "prod/");
        variables.put("SOUK_STORAGE_S3_PATH_STYLE", "true");
        variables.put("SOUK_STORAGE_S3_ACCESS_KEY", "AK");
        variables.put("SOUK_STORAGE_S3_SECRET_KEY", "SK");

        StorageProperties properties = bind(variables);

        assertThat(properties.type()).isEqualTo(StorageProperties.Type.S3);
        assertThat(properties.local().dir()).isEqualTo(Path.of("/srv/blobs"));
        assertThat(properties.s3()).isEqualTo(new StorageProperties.S3(URI.create("http://minio:9000"), "eu-central-1",
                "souk", "prod/", true, "AK", "SK"));
        assertThat(properties.s3().toString()).doesNotContain("SK").contains("******");
    }
}
