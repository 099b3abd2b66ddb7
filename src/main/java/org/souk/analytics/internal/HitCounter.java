package org.souk.analytics.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Counts the views of a solution page ({@code GET /apps/{code}}: answered 200, or 304 to a browser that
 * revalidated) and the clicks on its Install button ({@code GET /install/{code}}, the first request: not the
 * return after signing in, {@code ?continue}, nor the account chosen, {@code ?domain=}). Before the catalog's page
 * cache, so that a page it answers from memory counts too. No cookie is set or read and no address kept: a view is
 * a count per solution, day and page language. Browsers only: a user agent that names itself a bot, crawler,
 * spider, a headless or command-line client, or none at all, is not counted.
 */
class HitCounter extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("/(apps|install)/([a-z0-9][a-z0-9_.\\-]{1,79})");
    private static final Pattern BOT = Pattern.compile("bot|crawl|spider|slurp|scrap|"
            + "headless|lighthouse|curl|wget|python|java/|go-http|okhttp|httpclient|libwww|axios|node-fetch|"
            + "facebookexternalhit|embedly|bingpreview|mediapartners", Pattern.CASE_INSENSITIVE);

    private final Hits hits;
    private final LocaleResolver locales;

    HitCounter(Hits hits, LocaleResolver locales) {
        this.hits = hits;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !PAGE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (!browser(request.getHeader(HttpHeaders.USER_AGENT))) {
            return;
        }
        Matcher page = PAGE.matcher(request.getRequestURI());
        if (!page.matches()) {
            return;
        }
        String code = page.group(2);
        if (page.group(1).equals("apps")) {
            int status = response.getStatus();
            if (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED) {
                hits.count(code, language(request), Hits.Kind.VIEW);
            }
        } else if (request.getParameter("continue") == null && request.getParameter("domain") == null
                && response.getStatus() < HttpServletResponse.SC_BAD_REQUEST) {
            hits.count(code, language(request), Hits.Kind.CLICK);
        }
    }

    /** A person's browser, as far as its user agent tells. */
    static boolean browser(String userAgent) {
        return userAgent != null && userAgent.startsWith("Mozilla/") && !BOT.matcher(userAgent).find();
    }

    private String language(HttpServletRequest request) {
        String language = locales.resolveLocale(request).getLanguage().toLowerCase(Locale.ROOT);
        return language.length() > 8 ? language.substring(0, 8) : language;
    }
}
