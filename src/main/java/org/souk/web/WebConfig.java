package org.souk.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The UI language: {@code ?lang=ru} switches it and a cookie keeps it; else the browser's. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private static final java.util.Set<String> SUPPORTED = java.util.Set.of("en", "ru");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("souk-lang");
        // without a cookie: the browser's language where the market speaks it, else English
        resolver.setDefaultLocaleFunction(request -> SUPPORTED.contains(request.getLocale().getLanguage())
                ? Locale.forLanguageTag(request.getLocale().getLanguage()) : Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
