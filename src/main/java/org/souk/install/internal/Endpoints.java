package org.souk.install.internal;

import org.souk.web.SiteAddress;
import org.springframework.stereotype.Component;

/**
 * The addresses of protocol.md: the auth host ({@code domain} of the token response), {@code server_endpoint}
 * and an account's {@code client_endpoint}.
 */
@Component
public class Endpoints {

    private final SiteAddress site;
    private final InstallSettings settings;

    Endpoints(SiteAddress site, InstallSettings settings) {
        this.site = site;
        this.settings = settings;
    }

    /** Souk's host (with the port when not the default), as the token response's {@code domain}. */
    public String authHost() {
        return site.authority();
    }

    public String protocol() {
        return site.get().startsWith("https:") ? "1" : "0";
    }

    public String serverEndpoint() {
        return site.get() + "/rest/";
    }

    /** Standalone Souk serves every account's REST itself; a template names each account's own host. */
    public String clientEndpoint(String domain) {
        String base = settings.accountBase();
        return (base == null || base.isBlank() ? site.get() : base.replace("{domain}", domain).replaceAll("/+$", ""))
                + "/rest/";
    }
}
