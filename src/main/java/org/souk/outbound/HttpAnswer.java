package org.souk.outbound;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one request through {@link GuardedHttp} came to: either an answer (status, headers, the body up to
 * the bound) or a failure, never an exception.
 *
 * @param requested the URL as given
 * @param uri the last URL asked (after the redirects followed), or {@code null} when the URL was invalid
 * @param status the HTTP status, {@code 0} on a failure
 * @param headers the response headers (empty on a failure)
 * @param body the body, at most the bound; empty for HEAD and on a failure
 * @param truncated whether the body was longer than the bound and cut
 * @param failure why there is no answer, {@code null} when there is one
 * @param detail what went wrong, in a few words, for evidence and logs
 */
public record HttpAnswer(String requested, URI uri, int status, HttpHeaders headers, byte[] body, boolean truncated,
        Failure failure, String detail) {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (a, b) -> true);

    /** Why a request has no answer. */
    public enum Failure {
        /** not a URL, or without a host */
        INVALID_URL,
        /** neither http nor https */
        SCHEME,
        /** the host is or resolves to an address that is not allowed (loopback, private, …) */
        REFUSED_ADDRESS,
        /** the host name does not resolve */
        UNKNOWN_HOST,
        /** no connection (refused, unreachable) */
        CONNECT,
        /** the TLS handshake failed: an invalid, expired, self-signed or mismatched certificate */
        TLS,
        /** the request's own time limit passed */
        TIMEOUT,
        /** the caller's deadline passed first: the URL is not judged */
        DEADLINE,
        /** more redirects than allowed */
        TOO_MANY_REDIRECTS,
        /** any other input/output error (a broken answer, a reset connection) */
        IO
    }

    static HttpAnswer failed(String requested, URI uri, Failure failure, String detail) {
        return new HttpAnswer(requested, uri, 0, NONE, new byte[0], false, failure, detail);
    }

    /** Whether the server answered with a status (whatever it is). */
    public boolean answered() {
        return failure == null;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without parameters, lower case ({@code text/html}); empty when none is given. */
    public String mediaType() {
        String type = header("Content-Type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of the Content-Type, when given and known to the JVM. */
    public Optional<Charset> charset() {
        for (String part : header("Content-Type").orElse("").split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                try {
                    return Optional.of(Charset.forName(pair[1].trim().replace("\"", "")));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** In a few words: {@code HTTP 404}, or the failure and its detail. */
    public String describe() {
        if (answered()) {
            return "HTTP " + status;
        }
        return failure.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (detail == null ? "" : ": " + detail);
    }
}
