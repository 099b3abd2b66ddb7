package org.souk.install.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * F-10: times each {@code /rest/} call and hands it to {@link RestCallLog} once it is answered. The installation is
 * known only after the token is read: {@link AppRestController} names it in a request attribute, the one line it
 * has for the log; a call without a valid token belongs to no installation and is not logged. Also on FORWARD, for
 * the {@code /rest//method} path that {@link RestPathFilter} forwards.
 */
@Configuration(proxyBeanMethods = false)
class RestCallLogFilter {

    /** The request attribute holding the calling installation's id (a {@code Long}). */
    static final String INSTALLATION = RestCallLogFilter.class.getName() + ".installation";

    @Bean
    FilterRegistrationBean<Filter> restCallLogFilterRegistration(RestCallLog log) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                Instant at = Instant.now();
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (request.getAttribute(INSTALLATION) instanceof Long installation) {
                        HttpServletRequest http = (HttpServletRequest) request;
                        log.record(installation, AppRestController.method(http.getRequestURI()
                                .substring(http.getContextPath().length())), at,
                                ((HttpServletResponse) response).getStatus(), System.nanoTime() - start);
                        request.removeAttribute(INSTALLATION);
                    }
                }
            }
        });
        registration.addUrlPatterns("/rest/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
