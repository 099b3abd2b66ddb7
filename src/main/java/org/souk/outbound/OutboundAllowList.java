package org.souk.outbound;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Exact {@code host:port} pairs that {@link GuardedHttp} may call although their addresses are internal:
 * {@code souk.outbound.allowed-hosts} ({@code SOUK_OUTBOUND_ALLOWED_HOSTS}, comma-separated), meant for
 * tests whose servers run on this machine. A pair allows that host name or literal and that port only
 * (not the other ports of the host, not the host's other names); every redirect hop is matched again.
 * Tests that start a server on a random port {@link #add} it at run time.
 */
public final class OutboundAllowList {

    private static final Pattern PAIR = Pattern.compile("^(\\[[0-9a-f:.]+\\]|[a-z0-9._-]+):([0-9]{1,5})$");

    private final Set<String> pairs = ConcurrentHashMap.newKeySet();

    public OutboundAllowList(Collection<String> pairs) {
        pairs.forEach(this::add);
    }

    /** Nothing allowed: the production default. */
    public static OutboundAllowList none() {
        return new OutboundAllowList(List.of());
    }

    public static OutboundAllowList of(String... pairs) {
        return new OutboundAllowList(List.of(pairs));
    }

    /** Allows {@code host:port} ({@code 127.0.0.1:8080}, {@code [::1]:8080}, {@code localhost:8080}). */
    public void add(String pair) {
        String normal = pair.trim().toLowerCase(Locale.ROOT);
        var matcher = PAIR.matcher(normal);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) > 65535) {
            throw new IllegalArgumentException("souk.outbound.allowed-hosts takes host:port pairs, not " + pair);
        }
        pairs.add(normal);
    }

    /** Whether the host and port of {@code uri} (the scheme's default port when none is given) are listed. */
    public boolean allows(URI uri) {
        return !pairs.isEmpty() && pairs.contains(pair(uri));
    }

    /** {@code host:port} of an http or https URI, as the list holds it. */
    public static String pair(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(",", pairs);
    }
}
