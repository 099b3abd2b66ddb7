package org.souk.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The UI language: {@code ?lang=ru} switches it and a cookie keeps it; else the browser's. And the static
 * files under their own paths only: with the default {@code /**} mapping every link a page writes
 * ({@code @{...}}) was looked up on the classpath as a possible resource, a quarter of the catalog's
 * CPU per page (bench/README.md); now only links under these paths are.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private static final java.util.Set<String> SUPPORTED = java.util.Set.of("en", "ru");
    private static final java.util.List<String> STATIC_FOLDERS = java.util.List.of("css", "js");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("souk-lang");
        // without a cookie: the browser's language where the market speaks it, else English
        resolver.setDefaultLocaleFunction(request -> SUPPORTED.contains(request.getLocale().getLanguage())
                ? Locale.forLanguageTag(request.getLocale().getLanguage()) : Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Pages link static files at addresses that name their content (Spring's ResourceUrlEncodingFilter rewrites
     * {@code @{...}}): a webjar with its version ({@code /webjars/bootstrap/5.3.8/css/bootstrap.min.css}), our own
     * files with their MD5 ({@code /css/souk-0f3c….css}); those are kept a year without asking again. No cache
     * is set here: {@link StaticFileCaching} says it by address.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // versionless webjar paths (/webjars/htmx.org/dist/htmx.min.js) resolved by webjars-locator-lite
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
        for (String folder : STATIC_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
        registry.addInterceptor(new ApiLanguage()).addPathPatterns("/api/**");
    }
}
