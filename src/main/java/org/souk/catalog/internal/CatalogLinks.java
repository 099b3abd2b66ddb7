package org.souk.catalog.internal;

import org.springframework.web.util.UriUtils;

/** The catalog's clean addresses, relative to the site. */
final class CatalogLinks {

    private CatalogLinks() {
    }

    static String app(String code) {
        return "/apps/" + segment(code);
    }

    static String install(String code) {
        return "/install/" + segment(code);
    }

    static String partner(String partnerCode) {
        return "/partners/" + segment(partnerCode);
    }

    static String category(String code) {
        return "/catalog/categories/" + segment(code);
    }

    static String tag(String code) {
        return "/catalog/tags/" + segment(code);
    }

    static String media(String code, String key) {
        return key == null ? null : app(code) + "/media/" + key;
    }

    /** The solution's own icon, else its initials on a colour of its code ({@link PlaceholderIcons}). */
    static String icon(String code, String key, String title) {
        return key == null ? PlaceholderIcons.url(code, title) : media(code, key);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
