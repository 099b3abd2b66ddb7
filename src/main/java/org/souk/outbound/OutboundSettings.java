package org.souk.outbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code souk.outbound.*}: the limits of {@link GuardedHttp}. As environment variables:
 * {@code SOUK_OUTBOUND_ALLOW_PRIVATE}, {@code …_CONNECT_TIMEOUT}, {@code …_TIMEOUT}, {@code …_MAX_BODY},
 * {@code …_MAX_REDIRECTS}, {@code …_USER_AGENT}.
 *
 * @param allowPrivate whether loopback, private, link-local and other internal addresses may be called;
 *        {@code false} in production, {@code true} only for tests against a server on this machine
 * @param connectTimeout the longest wait for a connection
 * @param timeout the longest a whole request takes, redirects and the body included
 * @param maxBody how much of a response body is read; the rest is cut
 * @param maxRedirects how many redirects are followed (each hop is checked like the first)
 * @param userAgent the User-Agent header
 */
@ConfigurationProperties("souk.outbound")
public record OutboundSettings(@DefaultValue("false") boolean allowPrivate, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration timeout, @DefaultValue("2MB") DataSize maxBody,
        @DefaultValue("3") int maxRedirects, @DefaultValue("Souk-Checks/1.0") String userAgent) {

    /** The production defaults. */
    public static OutboundSettings defaults() {
        return new OutboundSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(10), DataSize.ofMegabytes(2), 3,
                "Souk-Checks/1.0");
    }

    /** The same limits with internal addresses allowed: for tests against a server on 127.0.0.1. */
    public OutboundSettings allowingPrivate() {
        return new OutboundSettings(true, connectTimeout, timeout, maxBody, maxRedirects, userAgent);
    }

    public OutboundSettings withTimeouts(Duration connect, Duration total) {
        return new OutboundSettings(allowPrivate, connect, total, maxBody, maxRedirects, userAgent);
    }

    public OutboundSettings withMaxBody(DataSize max) {
        return new OutboundSettings(allowPrivate, connectTimeout, timeout, max, maxRedirects, userAgent);
    }
}
