package org.souk.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The storefront's answers to anonymous visitors (pages, sitemap, public JSON API), kept rendered and keyed by
 * the {@link CatalogGeneration}: a publication, hiding or removal bumps it in its transaction, so the next
 * request on any node misses and renders anew. The same key is the ETag, so {@code If-None-Match} answers 304
 * before anything is rendered. Only what is the same for every anonymous visitor of a language is kept: no
 * signed-in user, no session, no answer that sets a cookie (a page's {@code ?lang=} does). Anything else, and whatever
 * is rendered while the index has not yet taken the generation's change, is served as rendered with an ETag
 * of its body (304 after rendering).
 */
class CatalogPageCache extends OncePerRequestFilter {

    /**
     * Pages, not media (immutable URLs of their own, CatalogMedia) nor the suggestions typed letter by letter; a
     * solution's reviews too (every change of a review bumps the generation, Ratings).
     */
    private static final Pattern CACHED = Pattern.compile(
            "/|/search|/sitemap\\.xml|/catalog/(categories|tags)/[^/]+|/partners/[^/]+|/apps/[^/]+"
                    + "|/api/v1/catalog/(solutions|solutions/[^/]+|solutions/[^/]+/reviews|counts)");
    /** Enough for some thousand pages; when full, it starts over (a generation usually ends long before). */
    private static final long MAX_BYTES = 64L << 20;
    private static final String VARY = "Accept-Language, Cookie";
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "content-type",
            "transfer-encoding", "etag", "cache-control", "vary", "pragma", "expires");
    private static final String CACHE_CONTROL = "public, no-cache";
    /** A visitor waits this long for the same page rendered for another one, then renders it itself. */
    private static final Duration RENDERING_AWAITED_AT_MOST = Duration.ofSeconds(10);

    private final CatalogGeneration generations;
    private final LocaleResolver locales;
    private final String build;
    private volatile Kept kept = new Kept(-1);

    CatalogPageCache(CatalogGeneration generations, LocaleResolver locales) {
        this.generations = generations;
        this.locales = locales;
        this.build = buildTag();
    }

    /** An answer with the headers the chain gave it (the security headers among them), to be replayed. */
    private record Rendered(String contentType, byte[] body, Map<String, List<String>> headers) {
    }

    /** The answers of one generation, and those being rendered. */
    private record Kept(long generation, Map<String, Rendered> answers, AtomicLong bytes,
            Map<String, CompletableFuture<Rendered>> rendering) {
        Kept(long generation) {
            this(generation, new ConcurrentHashMap<>(), new AtomicLong(), new ConcurrentHashMap<>());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !CACHED.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CatalogGeneration.Generation generation = anonymous(request) ? generations.current() : null;
        String tag = null;
        String key = null;
        Kept current = null;
        if (generation != null && generation.settled()) {
            String language = locales.resolveLocale(request).getLanguage();
            tag = "W/\"c" + generation.value() + "-" + language + "-" + build + "\"";
            if (tag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
                notModified(response, tag);
                return;
            }
            current = kept(generation.value());
            key = language + " " + request.getRequestURL() + "?" + request.getQueryString();
            Rendered rendered = current.answers().get(key);
            CompletableFuture<Rendered> mine = new CompletableFuture<>();
            CompletableFuture<Rendered> other = rendered == null ? current.rendering().putIfAbsent(key, mine) : null;
            if (other != null) {
                // the same page is being rendered for another visitor: wait for it rather than render it twice
                rendered = awaitQuietly(other);
            }
            if (rendered != null) {
                rendered.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                headers(response, tag);
                response.setContentType(rendered.contentType());
                response.setContentLength(rendered.body().length);
                response.getOutputStream().write(rendered.body());
                return;
            }
            if (other == null) {
                try {
                    render(request, response, chain, generation, tag, current, key, mine);
                } finally {
                    mine.complete(null);
                    current.rendering().remove(key, mine);
                }
                return;
            }
        }
        render(request, response, chain, generation, tag, current, key, null);
    }

    /** Renders the answer; keeps it when it is the same for every anonymous visitor (and tells who waits). */
    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            CatalogGeneration.Generation generation, String generationTag, Kept current, String key,
            CompletableFuture<Rendered> waiting) throws ServletException, IOException {
        String tag = generationTag;
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() != HttpServletResponse.SC_OK) {
            wrapper.copyBodyToResponse();
            return;
        }
        byte[] body = wrapper.getContentAsByteArray();
        boolean shared = generation != null && request.getSession(false) == null
                && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null;
        if (shared && key != null) {
            Rendered rendered = new Rendered(wrapper.getContentType(), body, replayed(response));
            keep(current, key, rendered);
            if (waiting != null) {
                waiting.complete(rendered);
            }
        } else {
            tag = "W/\"b" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\"";
        }
        if (shared) {
            headers(wrapper, tag);
        } else {
            wrapper.setHeader(HttpHeaders.ETAG, tag);
        }
        if (tag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            wrapper.resetBuffer();
            wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        wrapper.copyBodyToResponse();
    }

    private static Rendered awaitQuietly(CompletableFuture<Rendered> rendering) {
        try {
            return rendering.get(RENDERING_AWAITED_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * No session and no token: nothing that could sign a visitor in (this filter runs before Spring Security, so
     * a kept answer costs no security filter), and what is shown is the same for every anonymous visitor of
     * the language: a page's {@code ?lang=} sets a cookie, the API's only picks the answer's language or the
     * reviews' (web.ApiLanguage), a part of the URL the answer is kept by.
     */
    private static boolean anonymous(HttpServletRequest request) {
        return request.getRequestedSessionId() == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (request.getParameter("lang") == null || request.getRequestURI().startsWith("/api/"));
    }

    /** The headers of a rendered answer worth replaying: Spring Security's (CSP, X-Frame-Options, ...) and the like. */
    private static Map<String, List<String>> replayed(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private Kept kept(long generation) {
        Kept now = kept;
        if (now.generation() != generation) {
            // a newer generation replaces an older one; a node that read an older value just renders this once
            now = new Kept(generation);
            if (generation > kept.generation()) {
                kept = now;
            }
        }
        return now;
    }

    private static void keep(Kept kept, String key, Rendered rendered) {
        if (kept.bytes().addAndGet(rendered.body().length) > MAX_BYTES) {
            kept.answers().clear();
            kept.bytes().set(rendered.body().length);
        }
        kept.answers().put(key, rendered);
    }

    private static void headers(HttpServletResponse response, String tag) {
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, VARY);
    }

    private static void notModified(HttpServletResponse response, String tag) {
        headers(response, tag);
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
    }

    /**
     * What the same generation renders differently after a deploy: the templates and texts, and the styles and
     * scripts, which pages link by their content's hash (web.WebConfig). Their hash is the same on every node of one
     * build, so the ETags agree across nodes.
     */
    private static String buildTag() {
        MessageDigest digest = digest();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            List<Resource> all = new ArrayList<>();
            for (String pattern : new String[] { "classpath:templates/**/*.html", "classpath:messages*.properties",
                "classpath:i18n/*.properties", "classpath:static/css/**/*.css", "classpath:static/js/**/*.*" }) {
                all.addAll(List.of(resolver.getResources(pattern)));
            }
            all.sort(Comparator.comparing(Resource::getDescription));
            for (Resource resource : all) {
                if (!resource.isReadable()) {
                    continue;
                }
                digest.update(String.valueOf(resource.getFilename()).getBytes(StandardCharsets.UTF_8));
                try (InputStream in = resource.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 6);
    }

    private static byte[] sha256(byte[] body) {
        return digest().digest(body);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
