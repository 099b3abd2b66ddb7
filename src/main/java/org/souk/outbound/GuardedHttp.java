package org.souk.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.outbound.HttpAnswer.Failure;
import org.souk.outbound.internal.AddressRules;
import org.souk.outbound.internal.PinnedExchange;

/**
 * The one HTTP client for requests Souk sends to addresses that partners or users gave (no SSRF through
 * Souk). Every request:
 * <ul>
 * <li>is http or https, to a host name or address;</li>
 * <li>resolves the host once and is refused when any of its addresses lies in a special-purpose range
 * (loopback, private, link-local, documentation, benchmarking, multicast, reserved, …: {@link AddressRules}),
 * unless its exact {@code host:port} is on the {@link OutboundAllowList} ({@code souk.outbound.allowed-hosts},
 * for tests against a server on this machine);</li>
 * <li>connects to the very addresses that were checked: the host name is not looked up a second time, so
 * a name server cannot answer one address to the check and another to the connection (DNS rebinding);</li>
 * <li>follows at most {@code max-redirects} redirects itself, each hop resolved and checked like the first,
 * and only when asked (a HEAD of V-09 judges the first answer);</li>
 * <li>takes at most {@code connect-timeout} to connect and {@code timeout} in all — name resolution,
 * redirects and the body included — or less when the caller's deadline comes first;</li>
 * <li>reads at most {@code max-body} of a body, then stops reading and marks the answer as cut;</li>
 * <li>goes directly (no proxy) over HTTP/1.1, one connection per hop, with the User-Agent {@code Souk-Checks/1.0}.</li>
 * </ul>
 * Nothing throws: an {@link HttpAnswer} says what came back or why nothing did.
 */
public class GuardedHttp {

    private static final Logger log = LoggerFactory.getLogger(GuardedHttp.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern ABSOLUTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^#]*)(#.*)?$",
            Pattern.DOTALL);
    private static final String ILLEGAL = "\"<>\\^`{|} ";

    /** Name resolution: the JDK's, or a test's stand-in for a name server. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final OutboundSettings settings;
    private final PinnedExchange exchange;
    private final OutboundAllowList allowList;
    private final Resolver resolver;
    private final ExecutorService lookups;

    /** The client with the JVM's trusted certificates and the allow-list of the settings. */
    public GuardedHttp(OutboundSettings settings) {
        this(settings, defaultContext());
    }

    /** The client trusting what {@code ssl} trusts (tests with their own certificate authority). */
    public GuardedHttp(OutboundSettings settings, SSLContext ssl) {
        this(settings, ssl, new OutboundAllowList(settings.allowedHosts()));
    }

    /** The client whose {@code allowList} may grow at run time (tests add the servers they start). */
    public GuardedHttp(OutboundSettings settings, SSLContext ssl, OutboundAllowList allowList) {
        this(settings, ssl, allowList, InetAddress::getAllByName);
    }

    GuardedHttp(OutboundSettings settings, SSLContext ssl, OutboundAllowList allowList, Resolver resolver) {
        this.settings = settings;
        this.allowList = allowList;
        this.resolver = resolver;
        this.exchange = new PinnedExchange(ssl, settings.connectTimeout(), settings.maxBody().toBytes());
        AtomicInteger threads = new AtomicInteger();
        this.lookups = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "souk-outbound-dns-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public OutboundSettings settings() {
        return settings;
    }

    /** A HEAD request; a redirect is the answer (it is not followed). */
    public HttpAnswer head(String url, Instant deadline) {
        return send("HEAD", url, null, null, false, deadline);
    }

    /** A GET request, redirects followed, the body read up to the bound. */
    public HttpAnswer get(String url, Instant deadline) {
        return send("GET", url, null, null, true, deadline);
    }

    /** A POST of {@code body}; redirects are not followed. */
    public HttpAnswer post(String url, String contentType, byte[] body, Instant deadline) {
        return send("POST", url, contentType, body, false, deadline);
    }

    /**
     * A POST of {@code body} with further request headers (a webhook's signature); redirects are not followed.
     * A header given here replaces the client's own of that name (User-Agent).
     */
    public HttpAnswer post(String url, String contentType, byte[] body, Map<String, String> headers,
            Instant deadline) {
        return send("POST", url, contentType, body, headers, false, deadline);
    }

    /**
     * Where a client that connects by itself (the app test's browser) may go for {@code url}: the host, its
     * port and the addresses checked as for a request of this client, or why it may not go there. The caller
     * connects to these very addresses (the browser is told to map the name to them), never looks it up again.
     */
    public Route route(String url, Instant deadline) {
        Instant own = Instant.now().plus(settings.timeout());
        Instant until = deadline != null && deadline.isBefore(own) ? deadline : own;
        URI uri;
        try {
            uri = parse(url);
        } catch (IllegalArgumentException e) {
            return new Route(null, 0, List.of(), e.getMessage());
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        Checked checked = check(url, uri, until, Failure.TIMEOUT);
        return checked.refused() != null ? new Route(uri.getHost(), port, List.of(), checked.refused().describe())
                : new Route(uri.getHost(), port, checked.addresses(), null);
    }

    /** {@code refusal} is {@code null} when the host may be reached at {@code addresses}. */
    public record Route(String host, int port, List<InetAddress> addresses, String refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    /**
     * One request. {@code deadline} (may be {@code null}) ends it earlier than the configured timeout;
     * an answer cut by it fails with {@link Failure#DEADLINE} rather than {@link Failure#TIMEOUT}.
     */
    public HttpAnswer send(String method, String url, String contentType, byte[] body, boolean followRedirects,
            Instant deadline) {
        return send(method, url, contentType, body, Map.of(), followRedirects, deadline);
    }

    private HttpAnswer send(String method, String url, String contentType, byte[] body, Map<String, String> extra,
            boolean followRedirects, Instant deadline) {
        Instant own = Instant.now().plus(settings.timeout());
        boolean callerFirst = deadline != null && deadline.isBefore(own);
        Instant until = callerFirst ? deadline : own;
        Failure late = callerFirst ? Failure.DEADLINE : Failure.TIMEOUT;
        URI uri;
        try {
            uri = parse(url);
        } catch (SchemeRefused e) {
            return HttpAnswer.failed(url, null, Failure.SCHEME, e.getMessage());
        } catch (IllegalArgumentException e) {
            return HttpAnswer.failed(url, null, Failure.INVALID_URL, e.getMessage());
        }
        String verb = method.toUpperCase(Locale.ROOT);
        byte[] payload = body;
        for (int redirects = 0;; redirects++) {
            Checked checked = check(url, uri, until, late);
            if (checked.refused() != null) {
                return checked.refused();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("User-Agent", settings.userAgent());
            headers.put("Accept", "*/*");
            if (payload != null && contentType != null) {
                headers.put("Content-Type", contentType);
            }
            headers.putAll(extra);
            byte[] sent = payload == null && (verb.equals("POST") || verb.equals("PUT")) ? new byte[0] : payload;
            PinnedExchange.Response response;
            try {
                response = exchange.send(uri, checked.addresses(), verb, headers, sent, until);
            } catch (PinnedExchange.OutOfTime e) {
                return HttpAnswer.failed(url, uri, late, "no complete answer in time");
            } catch (IOException e) {
                return failure(url, uri, e);
            }
            int status = response.status();
            List<String> location = response.headers().getOrDefault("Location", List.of());
            if (followRedirects && REDIRECTS.contains(status) && !location.isEmpty()) {
                if (redirects >= settings.maxRedirects()) {
                    return HttpAnswer.failed(url, uri, Failure.TOO_MANY_REDIRECTS,
                            "more than " + settings.maxRedirects() + " redirects");
                }
                try {
                    String target = location.get(0).trim();
                    uri = parse(ABSOLUTE.matcher(target).matches() ? target : uri.resolve(encode(target)).toString());
                } catch (SchemeRefused e) {
                    return HttpAnswer.failed(url, uri, Failure.SCHEME, "redirect to " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    return HttpAnswer.failed(url, uri, Failure.INVALID_URL, "redirect to " + location.get(0));
                }
                if (status == 303 && !verb.equals("HEAD") || (status == 301 || status == 302) && verb.equals("POST")) {
                    verb = "GET";
                    payload = null;
                }
                continue;
            }
            log.debug("{} {} -> {}", verb, uri, status);
            return new HttpAnswer(url, uri, status, HttpHeaders.of(response.headers(), (name, value) -> true),
                    response.body(), response.truncated(), null, null);
        }
    }

    /** The addresses of one hop, every one of them checked; or why the request may not go to {@code uri}. */
    private record Checked(List<InetAddress> addresses, HttpAnswer refused) {
    }

    private Checked check(String url, URI uri, Instant until, Failure late) {
        String host = uri.getHost();
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        long left = Duration.between(Instant.now(), until).toMillis();
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return resolver.resolve(name);
            } catch (UnknownHostException e) {
                throw new UncheckedIOException(e);
            }
        }, lookups);
        InetAddress[] addresses;
        try {
            addresses = lookup.get(Math.max(left, 1), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            return new Checked(null, HttpAnswer.failed(url, uri, late, "the name " + host + " did not resolve in time"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Checked(null, HttpAnswer.failed(url, uri, Failure.DEADLINE, "interrupted"));
        } catch (ExecutionException e) {
            return new Checked(null,
                    HttpAnswer.failed(url, uri, Failure.UNKNOWN_HOST, "the name " + host + " does not resolve"));
        }
        if (addresses == null || addresses.length == 0) {
            return new Checked(null,
                    HttpAnswer.failed(url, uri, Failure.UNKNOWN_HOST, "the name " + host + " does not resolve"));
        }
        if (!allowList.allows(uri)) {
            for (InetAddress address : addresses) {
                String refusal = AddressRules.refusal(address);
                if (refusal != null) {
                    log.info("Refused an outbound request to {} ({} is a {} address)", uri, address.getHostAddress(),
                            refusal);
                    return new Checked(null, HttpAnswer.failed(url, uri, Failure.REFUSED_ADDRESS,
                            host + " is " + address.getHostAddress() + ", a " + refusal + " address"));
                }
            }
        }
        return new Checked(List.of(addresses), null);
    }

    private static HttpAnswer failure(String url, URI uri, IOException thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return HttpAnswer.failed(url, uri, Failure.TLS, tls(t));
            }
        }
        if (thrown instanceof PinnedExchange.ConnectTimeout) {
            return HttpAnswer.failed(url, uri, Failure.TIMEOUT, "no connection in time");
        }
        if (thrown instanceof ConnectException || thrown instanceof NoRouteToHostException) {
            return HttpAnswer.failed(url, uri, Failure.CONNECT, "connection refused or unreachable");
        }
        String message = thrown.getMessage();
        return HttpAnswer.failed(url, uri, Failure.IO, message == null ? thrown.toString() : message);
    }

    private static String tls(Throwable t) {
        String message = String.valueOf(t.getMessage());
        if (message.contains("PKIX") || message.contains("certification path")) {
            return "the certificate is not issued by a trusted authority";
        }
        if (message.contains("subject alternative") || message.contains("No name matching")) {
            return "the certificate does not match the host name";
        }
        if (message.contains("expired") || message.contains("NotAfter")) {
            return "the certificate has expired";
        }
        return message.length() > 120 ? message.substring(0, 120) : message;
    }

    /**
     * An absolute http or https URL as the client needs it: an international host name in its ASCII
     * form, characters a browser would encode (spaces, non-ASCII) percent-encoded, the fragment dropped.
     */
    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        String text = url.trim();
        Matcher scheme = SCHEME.matcher(text);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                throw new SchemeRefused(name + ": is neither http nor https");
            }
        }
        Matcher parts = ABSOLUTE.matcher(text);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not an absolute http or https URL");
        }
        String authority = parts.group(2);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        if (!hostPort.startsWith("[")) {
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            String port = colon < 0 ? "" : hostPort.substring(colon);
            try {
                hostPort = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the host name is not valid");
            }
        }
        try {
            URI uri = new URI(parts.group(1).toLowerCase(Locale.ROOT) + "://" + encode(userInfo) + hostPort
                    + encode(parts.group(3)));
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("the host name is not valid");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getReason());
        }
    }

    private static String encode(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean escape = c == '%' && !(i + 2 < part.length() && hex(part.charAt(i + 1)) && hex(part.charAt(i + 2)));
            if (escape || c < 0x20 || c >= 0x7f || ILLEGAL.indexOf(c) >= 0) {
                int end = Character.isHighSurrogate(c) && i + 1 < part.length() ? i + 2 : i + 1;
                for (byte b : part.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A URL of another scheme than http or https. */
    private static final class SchemeRefused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        SchemeRefused(String message) {
            super(message);
        }
    }
}
