package org.souk.install.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The install module's settings and its schedules: event retries, REST counts, the token purge. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ InstallSettings.class, TokenPurgeSettings.class })
class InstallConfiguration {
}
