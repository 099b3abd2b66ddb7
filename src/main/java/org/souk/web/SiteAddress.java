package org.souk.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address people open and the only source of absolute addresses (e-mails, pages, the API; SiteRequests
 * gives every request its scheme, host and port): SOUK_BASE_URL when set, else http://localhost with the port
 * the server actually listens on (which a random port only knows after start).
 */
@Component
public class SiteAddress {

    private final String configured;
    /** The address and its authority, parsed once: the token endpoint names the authority in every answer. */
    private volatile Parsed address;

    private record Parsed(String value, String authority) {
        Parsed(String value) {
            this(value, URI.create(value).getRawAuthority());
        }
    }

    SiteAddress(@Value("${souk.base-url:}") String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
        this.address = new Parsed(this.configured == null ? "http://localhost:8080" : this.configured);
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        // a separate management server has a namespace of its own; the site is the one without
        if (configured == null && event.getApplicationContext().getServerNamespace() == null) {
            address = new Parsed("http://localhost:" + event.getWebServer().getPort());
        }
    }

    public String get() {
        return address.value();
    }

    /** The host, with the port when it is not the scheme's default (as written in the address). */
    public String authority() {
        return address.authority();
    }
}
