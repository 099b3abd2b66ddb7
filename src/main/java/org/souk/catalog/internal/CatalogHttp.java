package org.souk.catalog.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Caching of the public API: every answer has an ETag computed from its body (so it is right on every node
 * and after every publication, with nothing to invalidate) and must be revalidated, which answers 304
 * without the body when nothing changed. A longer max-age would let caches show a removed solution.
 */
@Configuration(proxyBeanMethods = false)
class CatalogHttp {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> catalogEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/catalog/solutions", "/api/v1/catalog/solutions/*",
                "/api/v1/catalog/counts");
        registration.setName("catalogEtags");
        return registration;
    }

    static <T> ResponseEntity<T> revalidated(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic())
                .header(HttpHeaders.VARY, "Accept-Language, Cookie").body(body);
    }
}
