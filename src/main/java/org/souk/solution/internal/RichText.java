package org.souk.solution.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * The full description is rich text written by partners and shown to everyone: only formatting,
 * headings, lists, links (rel=nofollow, http/https) and images survive; scripts, styles, event
 * handlers and other URLs are dropped on the server, before anything is stored.
 */
@Component
public class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelNofollowOnLinks().toFactory());

    public String sanitize(String html) {
        return html == null || html.isBlank() ? html : POLICY.sanitize(html);
    }
}
