package org.souk.outbound;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code souk.outbound.*}: the limits of {@link GuardedHttp}. As environment variables:
 * {@code SOUK_OUTBOUND_ALLOWED_HOSTS}, {@code …_CONNECT_TIMEOUT}, {@code …_TIMEOUT}, {@code …_MAX_BODY},
 * {@code …_MAX_REDIRECTS}, {@code …_USER_AGENT}.
 *
 * @param allowedHosts exact {@code host:port} pairs that may be called although internal (tests only;
 *        empty in production): see {@link OutboundAllowList}
 * @param connectTimeout the longest wait for a connection
 * @param timeout the longest a whole request takes, redirects and the body included
 * @param maxBody how much of a response body is read; the rest is cut
 * @param maxRedirects how many redirects are followed (each hop is checked like the first)
 * @param userAgent the User-Agent header
 */
@ConfigurationProperties("souk.outbound")
public record OutboundSettings(@DefaultValue List<String> allowedHosts, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration timeout, @DefaultValue("2MB") DataSize maxBody,
        @DefaultValue("3") int maxRedirects, @DefaultValue("Souk-Checks/1.0") String userAgent) {

    public OutboundSettings {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    /** The production defaults. */
    public static OutboundSettings defaults() {
        return new OutboundSettings(List.of(), Duration.ofSeconds(5), Duration.ofSeconds(10), DataSize.ofMegabytes(2), 3,
                "Souk-Checks/1.0");
    }

    public OutboundSettings withTimeouts(Duration connect, Duration total) {
        return new OutboundSettings(allowedHosts, connect, total, maxBody, maxRedirects, userAgent);
    }

    public OutboundSettings withMaxBody(DataSize max) {
        return new OutboundSettings(allowedHosts, connectTimeout, timeout, max, maxRedirects, userAgent);
    }
}
