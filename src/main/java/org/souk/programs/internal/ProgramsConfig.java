package org.souk.programs.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of programs; its daily job's lock comes from the cluster module's one lock provider. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgramSettings.class)
class ProgramsConfig {
}
