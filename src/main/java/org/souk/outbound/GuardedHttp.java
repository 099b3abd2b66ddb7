package org.souk.outbound;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.outbound.HttpAnswer.Failure;
import org.souk.outbound.internal.AddressRules;
import org.souk.outbound.internal.BoundedBody;

/**
 * The one HTTP client for requests Souk sends to addresses that partners or users gave (no SSRF through
 * Souk). Every request:
 * <ul>
 * <li>is http or https, to a host name or address;</li>
 * <li>resolves the host first and is refused when any of its addresses is loopback, private, link-local,
 * multicast, unspecified, carrier-grade NAT or reserved ({@link AddressRules}), unless
 * {@code souk.outbound.allow-private} is set (tests against a server on this machine);</li>
 * <li>follows at most {@code max-redirects} redirects itself, each hop checked like the first, and only
 * when asked (a HEAD of V-09 judges the first answer);</li>
 * <li>takes at most {@code connect-timeout} to connect and {@code timeout} in all — name resolution,
 * redirects and the body included — or less when the caller's deadline comes first;</li>
 * <li>reads at most {@code max-body} of a body, then stops reading and marks the answer as cut;</li>
 * <li>goes directly (no proxy) over HTTP/1.1 with the User-Agent {@code Souk-Checks/1.0}.</li>
 * </ul>
 * Nothing throws: an {@link HttpAnswer} says what came back or why nothing did.
 *
 * <p><b>DNS rebinding, the residual risk.</b> {@code java.net.http.HttpClient} cannot be told which
 * address to connect to while keeping the host name for the Host header, SNI and the certificate check:
 * it resolves the host again itself. Souk validates every address that {@link InetAddress#getAllByName}
 * returns, just before the request; the client's own lookup goes through the same JVM address cache
 * ({@code networkaddress.cache.ttl}, 30 s by default without a security manager), so within that time it
 * gets the addresses that were validated, whatever the name server answers now. A name server that
 * answers a public address first and a private one later can therefore only succeed if the cache entry
 * expires in the microseconds between the check and the connection, or if the deployment sets
 * {@code networkaddress.cache.ttl=0} (then Souk logs a warning at start). Kept-alive connections are
 * reused only for the host and port they were opened to, after a check. Closing the gap fully would
 * take a hand-written HTTP/1.1 client over sockets opened to the validated address.
 */
public class GuardedHttp {

    private static final Logger log = LoggerFactory.getLogger(GuardedHttp.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern ABSOLUTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^#]*)(#.*)?$",
            Pattern.DOTALL);
    private static final String ILLEGAL = "\"<>\\^`{|} ";

    private final OutboundSettings settings;
    private final HttpClient client;
    private final Predicate<InetAddress> allowedAnyway;
    private final ExecutorService lookups;

    /** The client with the JVM's trusted certificates. */
    public GuardedHttp(OutboundSettings settings) {
        this(settings, defaultContext(), address -> false);
    }

    /** The client trusting what {@code ssl} trusts (tests with their own certificate authority). */
    public GuardedHttp(OutboundSettings settings, SSLContext ssl) {
        this(settings, ssl, address -> false);
    }

    /**
     * For tests of the guard: addresses that {@code allowedAnyway} accepts pass although they are
     * internal, so that a redirect from such a host to another internal address can be seen refused.
     */
    GuardedHttp(OutboundSettings settings, SSLContext ssl, Predicate<InetAddress> allowedAnyway) {
        this.settings = settings;
        this.allowedAnyway = allowedAnyway;
        AtomicInteger threads = new AtomicInteger();
        this.lookups = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "souk-outbound-dns-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.connectTimeout()).sslContext(ssl).build();
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
     * One request. {@code deadline} (may be {@code null}) ends it earlier than the configured timeout;
     * an answer cut by it fails with {@link Failure#DEADLINE} rather than {@link Failure#TIMEOUT}.
     */
    public HttpAnswer send(String method, String url, String contentType, byte[] body, boolean followRedirects,
            Instant deadline) {
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
            HttpAnswer refused = refuse(url, uri, until, late);
            if (refused != null) {
                return refused;
            }
            long left = Duration.between(Instant.now(), until).toMillis();
            if (left <= 0) {
                return HttpAnswer.failed(url, uri, late, "no answer in time");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(left))
                    .header("User-Agent", settings.userAgent()).header("Accept", "*/*");
            if (payload != null) {
                request.method(verb, HttpRequest.BodyPublishers.ofByteArray(payload));
                if (contentType != null) {
                    request.header("Content-Type", contentType);
                }
            } else {
                request.method(verb, HttpRequest.BodyPublishers.noBody());
            }
            CompletableFuture<HttpResponse<BoundedBody.Bytes>> future = client.sendAsync(request.build(),
                    BoundedBody.handler(settings.maxBody().toBytes()));
            HttpResponse<BoundedBody.Bytes> response;
            try {
                response = future.get(left, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return HttpAnswer.failed(url, uri, late, "no complete answer in " + seconds(left));
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                return HttpAnswer.failed(url, uri, Failure.DEADLINE, "interrupted");
            } catch (ExecutionException e) {
                return failure(url, uri, e.getCause(), late);
            }
            int status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (followRedirects && REDIRECTS.contains(status) && location.isPresent()) {
                if (redirects >= settings.maxRedirects()) {
                    return HttpAnswer.failed(url, uri, Failure.TOO_MANY_REDIRECTS,
                            "more than " + settings.maxRedirects() + " redirects");
                }
                try {
                    String target = location.get().trim();
                    uri = parse(ABSOLUTE.matcher(target).matches() ? target : uri.resolve(encode(target)).toString());
                } catch (SchemeRefused e) {
                    return HttpAnswer.failed(url, uri, Failure.SCHEME, "redirect to " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    return HttpAnswer.failed(url, uri, Failure.INVALID_URL, "redirect to " + location.get());
                }
                if (status == 303 && !verb.equals("HEAD") || (status == 301 || status == 302) && verb.equals("POST")) {
                    verb = "GET";
                    payload = null;
                }
                continue;
            }
            log.debug("{} {} -> {}", verb, uri, status);
            return new HttpAnswer(url, uri, status, response.headers(), response.body().bytes(),
                    response.body().truncated(), null, null);
        }
    }

    /** The reason the request may not go to {@code uri}, or {@code null} when it may. */
    private HttpAnswer refuse(String url, URI uri, Instant until, Failure late) {
        String host = uri.getHost();
        long left = Duration.between(Instant.now(), until).toMillis();
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new UncheckedIOException(e);
            }
        }, lookups);
        InetAddress[] addresses;
        try {
            addresses = lookup.get(Math.max(left, 1), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return HttpAnswer.failed(url, uri, late, "the name " + host + " did not resolve in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpAnswer.failed(url, uri, Failure.DEADLINE, "interrupted");
        } catch (ExecutionException e) {
            return HttpAnswer.failed(url, uri, Failure.UNKNOWN_HOST, "the name " + host + " does not resolve");
        }
        if (settings.allowPrivate()) {
            return null;
        }
        for (InetAddress address : addresses) {
            String refusal = AddressRules.refusal(address);
            if (refusal != null && !allowedAnyway.test(address)) {
                log.info("Refused an outbound request to {} ({} is a {} address)", uri, address.getHostAddress(),
                        refusal);
                return HttpAnswer.failed(url, uri, Failure.REFUSED_ADDRESS,
                        host + " is " + address.getHostAddress() + ", a " + refusal + " address");
            }
        }
        return null;
    }

    private static HttpAnswer failure(String url, URI uri, Throwable thrown, Failure late) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return HttpAnswer.failed(url, uri, Failure.TLS, tls(t));
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return HttpAnswer.failed(url, uri, Failure.TIMEOUT, "no connection in time");
            }
            if (t instanceof HttpTimeoutException) {
                return HttpAnswer.failed(url, uri, late, "no answer in time");
            }
            if (t instanceof ConnectException) {
                return HttpAnswer.failed(url, uri, Failure.CONNECT, "connection refused or unreachable");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return HttpAnswer.failed(url, uri, Failure.UNKNOWN_HOST, "the name does not resolve");
            }
        }
        String message = thrown == null ? null : thrown.getMessage();
        return HttpAnswer.failed(url, uri, Failure.IO, message == null ? String.valueOf(thrown) : message);
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

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
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
