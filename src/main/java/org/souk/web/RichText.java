package org.souk.web;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The one policy for rich text (today only a card's full description): written by partners, shown to
 * everyone. It runs when the text is saved and again whenever a page writes it ({@code ${#richText.html(x)}},
 * {@link RichTextDialect}), so text stored under an older policy is shown under today's. What survives:
 * paragraphs (p, div), formatting, headings, lists, tables, links to absolute http, https and mailto addresses (rel="nofollow
 * noopener"), and images by https from public host names only: the market's own paths, IP literals and local
 * names would make every viewer's browser send a request there. Every other card field is plain text.
 */
@Component
public class RichText {

    private static final Set<String> LOCAL_SUFFIXES = Set.of("localhost", "local", "localdomain", "internal",
            "intranet", "lan", "home", "corp", "private", "test", "invalid", "arpa");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");
    private static final Pattern DIMENSION = Pattern.compile("\\d{1,4}");

    private final SiteAddress site;
    private final PolicyFactory policy;

    RichText(SiteAddress site) {
        this.site = site;
        this.policy = new HtmlPolicyBuilder()
                // div: the editor (Trix) writes each paragraph as one
                .allowElements("p", "div", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "b",
                        "strong", "i", "em", "u", "s", "del", "ins", "sub", "sup", "small", "ul", "ol", "li", "dl", "dt",
                        "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
                .allowUrlProtocols("http", "https", "mailto")
                .allowElements("a")
                .allowAttributes("href").matching((element, attribute, value) -> link(value) ? value.strip() : null)
                .onElements("a")
                .requireRelsOnLinks("nofollow", "noopener")
                // an image is its source: one whose source was dropped is no image
                .allowElements((element, attributes) -> attributes.contains("src") ? element : null, "img")
                .allowAttributes("src").matching((element, attribute, value) -> image(value) ? value.strip() : null)
                .onElements("img")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("width", "height").matching(DIMENSION).onElements("img")
                .allowAttributes("colspan", "rowspan").matching(DIMENSION).onElements("td", "th")
                .toFactory();
    }

    /** On save: the sanitized text; null and blank stay as they are. */
    public String sanitize(String html) {
        return html == null || html.isBlank() ? html : policy.sanitize(html);
    }

    /** On render: what a page may write unescaped. */
    public String html(String stored) {
        return stored == null ? null : policy.sanitize(stored);
    }

    /** A link a visitor may follow: absolute http or https with a host and no user name, or mailto. */
    static boolean link(String value) {
        URI uri = uri(value);
        if (uri == null || uri.getScheme() == null) {
            return false;
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "http", "https" -> uri.getHost() != null && uri.getRawUserInfo() == null;
            case "mailto" -> uri.isOpaque();
            default -> false;
        };
    }

    /** An image every viewer's browser fetches by itself: https, a public host name, not the market's. */
    boolean image(String value) {
        URI uri = uri(value);
        if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null
                || !publicHostName(uri.getHost())) {
            return false;
        }
        URI market = uri(site.get());
        return market == null || market.getHost() == null || !hostName(market.getHost()).equals(hostName(uri.getHost()));
    }

    /** A name in the public DNS: two labels at least, a top-level label of letters (no IP literal), not a local one. */
    static boolean publicHostName(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String name = hostName(host);
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()
                || LOCAL_SUFFIXES.contains(labels[labels.length - 1])) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String hostName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        try {
            return IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static URI uri(String value) {
        try {
            return value == null ? null : new URI(value.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
