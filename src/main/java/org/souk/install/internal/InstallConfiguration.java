package org.souk.install.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The install module's settings, and the schedule that retries event deliveries and flushes REST counts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(InstallSettings.class)
class InstallConfiguration {
}
