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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The storefront's answers to anonymous visitors (pages, sitemap, public JSON API), kept rendered and keyed by
 * the {@link CatalogGeneration}: a publication, hiding or removal bumps it in its transaction, so the next
 * request on any node misses and renders anew. The same key is the ETag, so {@code If-None-Match} answers 304
 * before anything is rendered. Only what is the same for every anonymous visitor of a language is kept: no
 * signed-in user, no session, no answer that sets a cookie ({@code ?lang=} does). Anything else, and whatever
 * is rendered while the index has not yet taken the generation's change, is served as rendered with an ETag
 * of its body (304 after rendering).
 */
class CatalogPageCache extends OncePerRequestFilter {

    /** Pages, not media (immutable URLs of their own, CatalogMedia) nor the suggestions typed letter by letter. */
    private static final Pattern CACHED = Pattern.compile(
            "/|/search|/sitemap\\.xml|/catalog/(categories|tags)/[^/]+|/partners/[^/]+|/apps/[^/]+"
                    + "|/api/v1/catalog/(solutions|solutions/[^/]+|counts)");
    /** Enough for some thousand pages; when full, it starts over (a generation usually ends long before). */
    private static final long MAX_BYTES = 64L << 20;
    private static final String VARY = "Accept-Language, Cookie";
    private static final String CACHE_CONTROL = "public, no-cache";

    private final CatalogGeneration generations;
    private final LocaleResolver locales;
    private final String build;
    private volatile Kept kept = new Kept(-1);

    CatalogPageCache(CatalogGeneration generations, LocaleResolver locales) {
        this.generations = generations;
        this.locales = locales;
        this.build = buildTag();
    }

    private record Rendered(String contentType, byte[] body) {
    }

    /** The answers of one generation. */
    private record Kept(long generation, Map<String, Rendered> answers, AtomicLong bytes) {
        Kept(long generation) {
            this(generation, new ConcurrentHashMap<>(), new AtomicLong());
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
            if (rendered != null) {
                headers(response, tag);
                response.setContentType(rendered.contentType());
                response.setContentLength(rendered.body().length);
                response.getOutputStream().write(rendered.body());
                return;
            }
        }
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
            keep(current, key, new Rendered(wrapper.getContentType(), body));
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

    /** No user and no session: what is shown is the same for every anonymous visitor of the language. */
    private static boolean anonymous(HttpServletRequest request) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return (user == null || user instanceof AnonymousAuthenticationToken) && request.getRequestedSessionId() == null
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getParameter("lang") == null;
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
     * What the same generation renders differently after a deploy: the templates and texts. Their hash is the
     * same on every node of one build, so the ETags agree across nodes.
     */
    private static String buildTag() {
        MessageDigest digest = digest();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            List<Resource> all = new ArrayList<>();
            for (String pattern : new String[] { "classpath:templates/**/*.html", "classpath:messages*.properties",
                "classpath:i18n/*.properties" }) {
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
