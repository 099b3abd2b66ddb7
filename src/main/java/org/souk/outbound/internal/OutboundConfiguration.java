package org.souk.outbound.internal;

import java.security.Security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.outbound.GuardedHttp;
import org.souk.outbound.OutboundSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link GuardedHttp} of the application, with the limits of {@code souk.outbound.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundSettings.class)
class OutboundConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutboundConfiguration.class);

    @Bean
    GuardedHttp guardedHttp(OutboundSettings settings) {
        if (settings.allowPrivate()) {
            log.warn("souk.outbound.allow-private is set: outbound requests may reach loopback and private "
                    + "addresses. Use it only for tests.");
        }
        if ("0".equals(Security.getProperty("networkaddress.cache.ttl"))
                || "0".equals(System.getProperty("sun.net.inetaddr.ttl"))) {
            log.warn("networkaddress.cache.ttl=0 widens the DNS rebinding window of outbound requests "
                    + "(see GuardedHttp)");
        }
        return new GuardedHttp(settings);
    }
}
