package org.souk.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The demo apps' pages are another party's pages that happen to be served here: open to anyone, POSTed by
 * Souk's frame and by its event delivery (no CSRF token, no session), and framed by the page that opens
 * the app (which may be Souk under another host name than the app's).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "souk.demo-data", havingValue = "true")
class DemoAppSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain demoApps(HttpSecurity http) throws Exception {
        http.securityMatcher(DemoAppPages.BASE + "**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; base-uri 'self'")));
        return http.build();
    }
}
