package org.souk.web;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a browser keeps a style, script or webjar (WebConfig serves them). At an address that names its content
 * (a webjar's version, {@code /webjars/bootstrap/5.3.8/…}; our own files' MD5, {@code /css/souk-0f3c….css}, as the
 * pages link them) the file is the same forever: a year, {@code immutable}, so a phone does not even ask again on
 * the next page. At its plain address ({@code /js/bx24.js}, which partners' apps load) it may change with the next
 * release: {@code no-cache}, revalidated by its Last-Modified. An error (an address of a file this release does not
 * have, during a rolling deploy) is never kept.
 */
@Component
class StaticFileCaching extends OncePerRequestFilter {

    private static final Pattern STATIC = Pattern.compile("/(webjars|css|js)/.+");
    private static final Pattern NAMED_BY_CONTENT = Pattern.compile(
            "/webjars/[^/]+/\\d[^/]*/.+|/(css|js)/.+-[0-9a-f]{32}\\.[a-z]+");
    private static final String A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
            .getHeaderValue();
    private static final String ASK_AGAIN = CacheControl.noCache().getHeaderValue();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATIC.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                NAMED_BY_CONTENT.matcher(path(request)).matches() ? A_YEAR : ASK_AGAIN);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                if (status >= 400) {
                    setHeader(HttpHeaders.CACHE_CONTROL, ASK_AGAIN);
                }
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                setHeader(HttpHeaders.CACHE_CONTROL, ASK_AGAIN);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                setHeader(HttpHeaders.CACHE_CONTROL, ASK_AGAIN);
                super.sendError(status);
            }
        });
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
