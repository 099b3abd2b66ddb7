package org.souk.outbound.internal;

import java.security.NoSuchAlgorithmException;

import javax.net.ssl.SSLContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.outbound.GuardedHttp;
import org.souk.outbound.OutboundAllowList;
import org.souk.outbound.OutboundSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link GuardedHttp} of the application, with the limits and the allow-list of {@code souk.outbound.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundSettings.class)
class OutboundConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OutboundConfiguration.class);

    /** A bean of its own so that tests can add the servers they start on random ports. */
    @Bean
    OutboundAllowList outboundAllowList(OutboundSettings settings) {
        OutboundAllowList list = new OutboundAllowList(settings.allowedHosts());
        if (!list.isEmpty()) {
            log.warn("souk.outbound.allowed-hosts lets outbound requests reach {} whatever their addresses. "
                    + "Use it only for tests.", list);
        }
        return list;
    }

    @Bean
    GuardedHttp guardedHttp(OutboundSettings settings, OutboundAllowList allowList) throws NoSuchAlgorithmException {
        return new GuardedHttp(settings, SSLContext.getDefault(), allowList);
    }
}
