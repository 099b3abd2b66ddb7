package org.souk.analytics.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsSettings.class)
class AnalyticsHttp {

    /** Just before the catalog's page cache (order -101), which answers most views without the rest of the chain. */
    @Bean
    FilterRegistrationBean<HitCounter> hitCounter(Hits hits, LocaleResolver locales) {
        FilterRegistrationBean<HitCounter> registration = new FilterRegistrationBean<>(new HitCounter(hits, locales));
        registration.setName("analyticsHitCounter");
        registration.setOrder(-102);
        return registration;
    }
}
