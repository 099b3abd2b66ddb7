package org.souk.install.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The install module's settings and its schedules: event retries, REST counts, the token purge. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ InstallSettings.class, TokenPurgeSettings.class, AppTestSettings.class })
class InstallConfiguration {

    /** The REST buckets (CallQuota): in Redis when a URL is set, so that every node counts the same calls. */
    @Bean
    QuotaStore quotaStore(InstallSettings settings) {
        String redis = settings.restLimit().redis();
        return redis == null || redis.isBlank() ? new JvmQuotaStore() : new RedisQuotaStore(redis);
    }
}
