package org.souk.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.souk.web.SiteAddress;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for search engines: the site with its search, a solution as a SoftwareApplication.
 * Written by Jackson and with every "<" escaped, so that no text of a card can close the script element.
 */
@Component
class StructuredData {

    private final JsonMapper json;
    private final SiteAddress site;

    StructuredData(JsonMapper json, SiteAddress site) {
        this.json = json;
        this.site = site;
    }

    String site() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("@type", "SearchAction");
        action.put("target", site.get() + "/search?q={search_term_string}");
        action.put("query-input", "required name=search_term_string");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "WebSite");
        data.put("url", site.get() + "/");
        data.put("name", "Souk");
        data.put("potentialAction", action);
        return write(data);
    }

    String application(CatalogReader.SolutionDetails details, String canonical) {
        CatalogSnapshot s = details.snapshot();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "SoftwareApplication");
        data.put("name", details.text().title());
        data.put("description", details.text().shortDescription());
        data.put("url", canonical);
        data.put("applicationCategory", "BusinessApplication");
        data.put("operatingSystem", "Web");
        data.put("softwareVersion", String.valueOf(s.versionNumber()));
        data.put("inLanguage", details.language());
        data.put("datePublished", s.firstPublishedAt().toString());
        data.put("dateModified", s.publishedAt().toString());
        if (s.iconKey() != null) {
            data.put("image", site.get() + CatalogLinks.media(s.code(), s.iconKey()));
        }
        data.put("author", Map.of("@type", "Organization", "name", s.partnerName(),
                "url", site.get() + CatalogLinks.partner(s.partnerCode())));
        if (details.ratingCount() > 0) {
            Map<String, Object> rating = new LinkedHashMap<>();
            rating.put("@type", "AggregateRating");
            rating.put("ratingValue", details.ratingAverage());
            rating.put("ratingCount", details.ratingCount());
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
            data.put("aggregateRating", rating);
        }
        if (s.pricingPolicy() == org.souk.solution.PricingPolicy.FREE) {
            data.put("offers", Map.of("@type", "Offer", "price", "0", "priceCurrency", "USD"));
        }
        return write(data);
    }

    private String write(Map<String, Object> data) {
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
