package org.souk.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every request as the site sees it, before anything else reads it: scheme, host and port are those of
 * souk.base-url whatever the Host header says (so no link, redirect or document built from the request
 * names a host a client made up), and the forwarded headers (Forwarded, X-Forwarded-*) are removed. From
 * a proxy of souk.trusted-proxies, the client's address is taken from X-Forwarded-For first: the rightmost
 * address that is not itself a trusted proxy (what the nearest untrusted hop connected from; whatever a
 * client wrote to the left of it is not believed).
 */
@Configuration(proxyBeanMethods = false)
class SiteRequests {

    private static final Set<String> FORWARDED = Set.of("forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-ssl", "x-forwarded-server");

    @Bean
    FilterRegistrationBean<Filter> siteRequestFilter(SiteAddress site,
            @Value("${souk.trusted-proxies:}") List<String> trustedProxies) {
        List<Network> trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Network::parse)
                .toList();
        Filter filter = (request, response, chain) -> chain.doFilter(request instanceof HttpServletRequest http
                ? new SiteRequest(http, URI.create(site.get()), client(http, trusted)) : request, response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        // the error page and asynchronous answers see the same request as the first dispatch
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    /**
     * Tomcat marks the session cookie Secure from its own view of the request, which behind a proxy that ends
     * TLS is plain HTTP: an https base URL marks it Secure instead.
     */
    @Bean
    ServletContextInitializer secureSessionCookie(@Value("${souk.base-url:}") String baseUrl) {
        return context -> {
            if (baseUrl.regionMatches(true, 0, "https:", 0, 6)) {
                context.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    private static String client(HttpServletRequest request, List<Network> trusted) {
        String peer = request.getRemoteAddr();
        if (!Network.contains(trusted, peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!Network.contains(trusted, hops.get(i))) {
                return Network.literal(hops.get(i)) ? hops.get(i) : peer;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    /** An address with a prefix length: "10.0.0.0/8", "fd00::/8", or one address. */
    record Network(byte[] address, int prefix) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            if (!literal(host)) {
                throw new IllegalArgumentException("souk.trusted-proxies: not an IP address or CIDR: " + text);
            }
            byte[] address = bytes(host);
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("souk.trusted-proxies: bad prefix length in " + text);
            }
            return new Network(address, prefix);
        }

        static boolean contains(List<Network> networks, String address) {
            if (networks.isEmpty() || !literal(address)) {
                return false;
            }
            byte[] bytes = bytes(address);
            return networks.stream().anyMatch(network -> network.matches(bytes));
        }

        /** Only IP literals: a name would be resolved through DNS, and an attacker may write anything. */
        static boolean literal(String text) {
            return !text.isEmpty() && (text.indexOf(':') >= 0 ? text.matches("[0-9a-fA-F:.]+")
                    : text.matches("\\d{1,3}(\\.\\d{1,3}){3}"));
        }

        private static byte[] bytes(String literal) {
            try {
                return InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + literal, e);
            }
        }

        private boolean matches(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (candidate[whole] & mask) == (address[whole] & mask);
        }
    }

    /** The request with the site's scheme, host and port, the client's address, and no forwarded headers. */
    private static final class SiteRequest extends HttpServletRequestWrapper {

        private final URI site;
        private final String client;

        SiteRequest(HttpServletRequest request, URI site, String client) {
            super(request);
            this.site = site;
            this.client = client;
        }

        @Override
        public String getScheme() {
            return site.getScheme();
        }

        @Override
        public boolean isSecure() {
            return "https".equals(site.getScheme());
        }

        @Override
        public String getServerName() {
            return site.getHost();
        }

        @Override
        public int getServerPort() {
            return site.getPort() >= 0 ? site.getPort() : isSecure() ? 443 : 80;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(site.getScheme()).append("://").append(site.getRawAuthority())
                    .append(getRequestURI());
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getHeader(String name) {
            if ("host".equalsIgnoreCase(name)) {
                return site.getRawAuthority();
            }
            return forwarded(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if ("host".equalsIgnoreCase(name)) {
                return Collections.enumeration(List.of(site.getRawAuthority()));
            }
            return forwarded(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !forwarded(name)).toList());
        }

        private static boolean forwarded(String name) {
            return FORWARDED.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
