package org.souk.install.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The install module's settings, its schedules (event retries, REST counts, the token purge) and the filter that
 * serves the token endpoint and {@code /rest/}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ InstallSettings.class, TokenPurgeSettings.class, RestLogSettings.class,
        AppTestSettings.class })
class InstallConfiguration {

    /** The REST buckets (CallQuota): in Redis when a URL is set, so that every node counts the same calls. */
    @Bean
    QuotaStore quotaStore(InstallSettings settings) {
        String redis = settings.restLimit().redis();
        return redis == null || redis.isBlank() ? new JvmQuotaStore() : new RedisQuotaStore(redis);
    }

    /**
     * The token endpoint and the REST methods of apps, ahead of every other filter: they need no session, security
     * chain or MVC (see {@link AppEndpoints}). {@code /rest/*} also takes the JS SDK's {@code /rest//app.info},
     * which Spring Security's firewall would refuse.
     */
    @Bean
    FilterRegistrationBean<AppEndpoints> appEndpointsFilter(AppEndpoints endpoints) {
        FilterRegistrationBean<AppEndpoints> registration = new FilterRegistrationBean<>(endpoints);
        registration.addUrlPatterns("/oauth/token", "/oauth/token/", "/rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
