package org.souk.catalog.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.souk.web.SiteAddress;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * sitemap.xml (every listed solution, category and tag page; read from the catalog's own table, so a hidden
 * solution leaves it at once) and robots.txt (the storefront is open to crawlers, the work areas are not).
 * A sitemap holds 50 000 addresses at most: beyond that, crawlers find the rest through the category pages.
 */
@Controller
class Sitemap {

    private static final int MAX_URLS = 50_000;

    private final CatalogEntryRepository entries;
    private final TaxonomyView taxonomy;
    private final SiteAddress site;

    Sitemap(CatalogEntryRepository entries, TaxonomyView taxonomy, SiteAddress site) {
        this.entries = entries;
        this.taxonomy = taxonomy;
        this.site = site;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // a group that is a category by itself has one page for both
        Set<String> pages = new LinkedHashSet<>();
        pages.add("/");
        taxonomy.groups().forEach(group -> pages.add(CatalogLinks.category(group.code())));
        taxonomy.categories().forEach(category -> pages.add(CatalogLinks.category(category.code())));
        taxonomy.tags().forEach(tag -> pages.add(CatalogLinks.tag(tag.code())));
        pages.forEach(page -> url(xml, page, null));
        entries.listed().stream().limit(MAX_URLS - (long) pages.size())
                .forEach(entry -> url(xml, CatalogLinks.app(entry.code()), entry.updatedAt().toString()));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic())
                .contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Disallow: /partner/
                Disallow: /manage/
                Disallow: /admin/
                Disallow: /moderation/
                Disallow: /account/
                Disallow: /api/
                Disallow: /search/suggestions
                Sitemap: %s/sitemap.xml
                """.formatted(site.get());
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private void url(StringBuilder xml, String path, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.get() + path)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
