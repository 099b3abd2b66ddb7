package org.souk.solution.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.souk.web.Messages;
import org.souk.web.Violation;

/** The form of the URLs of cards and versions: absolute http(s) with a host (reachability is a check). */
public final class Urls {

    private Urls() {
    }

    public static void check(List<Violation> violations, Messages messages, String field, String rule, String url) {
        if (url == null || url.isEmpty()) {
            return;
        }
        if (url.length() > 1000 || !valid(url)) {
            violations.add(messages.violation(field, rule, "error.url"));
        }
    }

    private static boolean valid(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** null stays, blank clears, anything else is trimmed. */
    public static String merge(String current, String patch) {
        if (patch == null) {
            return current;
        }
        return patch.isBlank() ? null : patch.trim();
    }
}
