package org.souk.install.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The install test's browser opens {@code /app-test/{ticket}} without signing in: the ticket, a secret of 256
 * random bits that lives while one test runs, is the authorization (no session, so no CSRF token to carry; a
 * forged POST would need the ticket). The page sets its own Content-Security-Policy, as the "Open" page does.
 */
@Configuration(proxyBeanMethods = false)
class AppTestSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain appTestPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/app-test/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
