package org.souk.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code ?lang=} of an API call: the language of this answer only (api.md), not the visitor's UI language, so no
 * cookie: an answer that sets one cannot be kept for everyone (catalog.internal.CatalogPageCache), and a script
 * reading Russian cards should not switch the browser's pages to Russian.
 */
class ApiLanguage implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            try {
                Locale locale = StringUtils.parseLocale(lang);
                if (locale != null) {
                    // reset by the DispatcherServlet when the request ends
                    LocaleContextHolder.setLocale(locale);
                }
            } catch (IllegalArgumentException invalid) {
                // as the pages' switch: an unknown language is ignored
            }
        }
        return true;
    }
}
