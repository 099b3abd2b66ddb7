package org.souk.catalog.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP caching of the storefront: pages, sitemap and the public API carry an ETag of the catalog's generation
 * (CatalogPageCache; or of the body where the answer is not the same for everyone) and must be revalidated,
 * which answers 304 without the body when nothing changed. A longer max-age would let caches show a removed
 * solution.
 */
@Configuration(proxyBeanMethods = false)
class CatalogHttp {

    /**
     * Before Spring Security's filters (order -100): a kept answer for an anonymous visitor needs none of them
     * (their headers are kept with it); after Spring Session's, whose session cookie makes a visitor not anonymous.
     */
    @Bean
    FilterRegistrationBean<CatalogPageCache> catalogPageCache(CatalogGeneration generation, LocaleResolver locales) {
        FilterRegistrationBean<CatalogPageCache> registration =
                new FilterRegistrationBean<>(new CatalogPageCache(generation, locales));
        registration.setName("catalogPageCache");
        registration.setOrder(-101);
        return registration;
    }

    static <T> ResponseEntity<T> revalidated(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic())
                .header(HttpHeaders.VARY, "Accept-Language, Cookie").body(body);
    }
}
