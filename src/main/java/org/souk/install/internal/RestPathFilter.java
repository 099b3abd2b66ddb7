package org.souk.install.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The official JS SDK calls {@code /rest//app.info} (a method with a leading slash appended to an endpoint
 * ending in one). Spring Security's firewall refuses {@code //} everywhere, rightly; only under {@code /rest/}
 * is the request forwarded, before security, to the same path with single slashes.
 */
@Configuration(proxyBeanMethods = false)
class RestPathFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> restDoubleSlash() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        String path = request.getRequestURI().substring(request.getContextPath().length());
                        if (path.startsWith("/rest//")) {
                            request.getRequestDispatcher("/rest/" + path.replaceFirst("^/rest/+", ""))
                                    .forward(request, response);
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
