package org.souk.outbound.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 request over a connection opened to an address that was already resolved and checked: the
 * host name goes only into the Host header, SNI and the certificate check, never to a second lookup, so a
 * name server cannot answer a public address to the check and an internal one to the connection (DNS
 * rebinding). {@code Connection: close}, no compression, no reuse: each hop is its own connection.
 */
public final class PinnedExchange {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;

    /** What came back: the status, the headers (names case-insensitive) and the body up to the bound. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body, boolean truncated) {
    }

    /** The request's own limits: connecting took longer than the connect timeout. */
    public static final class ConnectTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        ConnectTimeout() {
            super("no connection in time");
        }
    }

    /** The time for the whole request ran out while waiting for the server. */
    public static final class OutOfTime extends IOException {
        private static final long serialVersionUID = 1L;

        OutOfTime() {
            super("no answer in time");
        }
    }

    private final SSLContext ssl;
    private final Duration connectTimeout;
    private final long maxBody;

    public PinnedExchange(SSLContext ssl, Duration connectTimeout, long maxBody) {
        this.ssl = ssl;
        this.connectTimeout = connectTimeout;
        this.maxBody = maxBody;
    }

    /**
     * Sends {@code method} to {@code uri} over a connection to the first of {@code addresses} that accepts
     * one, all before {@code until}.
     */
    public Response send(URI uri, List<InetAddress> addresses, String method, Map<String, String> headers, byte[] body,
            Instant until) throws IOException {
        boolean https = "https".equals(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        Socket socket = connect(addresses, port, until);
        try {
            if (https) {
                socket = handshake(socket, uri.getHost(), port, until);
            }
            Timed in = new Timed(socket, until);
            write(socket.getOutputStream(), uri, port, https, method, headers, body);
            return read(in, method);
        } finally {
            socket.close();
        }
    }

    private Socket connect(List<InetAddress> addresses, int port, Instant until) throws IOException {
        IOException last = null;
        for (InetAddress address : addresses) {
            long left = Duration.between(Instant.now(), until).toMillis();
            if (left <= 0) {
                throw new OutOfTime();
            }
            long limit = Math.min(left, connectTimeout.toMillis());
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, limit));
                return socket;
            } catch (SocketTimeoutException e) {
                socket.close();
                last = limit < left ? new ConnectTimeout() : new OutOfTime();
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last == null ? new IOException("no address") : last;
    }

    private Socket handshake(Socket plain, String host, int port, Instant until) throws IOException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        // with the host name the JDK sends SNI (for names, not literals) and checks the certificate for it
        SSLSocket tls = (SSLSocket) ssl.getSocketFactory().createSocket(plain, name, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        long left = Duration.between(Instant.now(), until).toMillis();
        if (left <= 0) {
            throw new OutOfTime();
        }
        tls.setSoTimeout((int) left);
        try {
            tls.startHandshake();
        } catch (SocketTimeoutException e) {
            throw new OutOfTime();
        }
        return tls;
    }

    private static void write(OutputStream out, URI uri, int port, boolean https, String method,
            Map<String, String> headers, byte[] body) throws IOException {
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    private Response read(Timed in, String method) throws IOException {
        int status;
        Map<String, List<String>> headers;
        do {
            String line = in.line();
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
                throw new ProtocolException("not an HTTP/1.x status line");
            }
            status = Integer.parseInt(parts[1]);
            headers = headers(in);
        } while (status >= 100 && status < 200 && status != 101);
        if (method.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return new Response(status, headers, new byte[0], false);
        }
        Bounded body = new Bounded(maxBody);
        List<String> encoding = headers.getOrDefault("Transfer-Encoding", List.of());
        List<String> length = headers.getOrDefault("Content-Length", List.of());
        if (encoding.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("chunked"))) {
            chunked(in, body);
        } else if (!length.isEmpty()) {
            long declared;
            try {
                declared = Long.parseLong(length.get(0).trim());
            } catch (NumberFormatException e) {
                throw new ProtocolException("Content-Length is not a number");
            }
            if (declared < 0 || length.stream().anyMatch(l -> !l.trim().equals(length.get(0).trim()))) {
                throw new ProtocolException("conflicting Content-Length");
            }
            copy(in, declared, body);
        } else {
            copy(in, -1, body);
        }
        return new Response(status, headers, body.bytes(), body.truncated);
    }

    private static Map<String, List<String>> headers(Timed in) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int count = 0;; count++) {
            String line = in.line();
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (count >= MAX_HEADERS || colon <= 0) {
                throw new ProtocolException(colon <= 0 ? "a header line without a name" : "too many headers");
            }
            headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
    }

    private static void chunked(Timed in, Bounded body) throws IOException {
        while (!body.truncated) {
            String line = in.line();
            int semicolon = line.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new ProtocolException("a broken chunk size");
            }
            if (size < 0) {
                throw new ProtocolException("a broken chunk size");
            }
            if (size == 0) {
                headers(in); // trailers
                return;
            }
            copy(in, size, body);
            if (!body.truncated && !in.line().isEmpty()) {
                throw new ProtocolException("a chunk longer than its size");
            }
        }
    }

    /** Copies {@code length} bytes ({@code -1}: up to the end of the stream) until the body is full. */
    private static void copy(Timed in, long length, Bounded body) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = length;
        while (left != 0 && !body.truncated) {
            int want = left < 0 ? buffer.length : (int) Math.min(buffer.length, left);
            int read = in.read(buffer, want);
            if (read < 0) {
                if (length < 0) {
                    return;
                }
                throw new EOFException("the answer ended early");
            }
            body.write(buffer, read);
            left = left < 0 ? -1 : left - read;
        }
    }

    /** A body that keeps at most {@code max} bytes and notes that more came. */
    private static final class Bounded {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private boolean truncated;

        Bounded(long max) {
            this.max = max;
        }

        void write(byte[] buffer, int length) {
            int room = (int) Math.min(length, max - out.size());
            out.write(buffer, 0, room);
            truncated = room < length;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Reads with the time left until the deadline as the socket's timeout, so a trickle cannot outlast it. */
    private static final class Timed {
        private final Socket socket;
        private final InputStream in;
        private final Instant until;
        private final byte[] buffer = new byte[8 * 1024];
        private int position;
        private int limit;

        Timed(Socket socket, Instant until) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.until = until;
        }

        private boolean fill() throws IOException {
            long left = Duration.between(Instant.now(), until).toMillis();
            if (left <= 0) {
                throw new OutOfTime();
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            try {
                limit = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new OutOfTime();
            }
            position = 0;
            return limit > 0;
        }

        int read(byte[] target, int length) throws IOException {
            if (position >= limit && !fill()) {
                return -1;
            }
            int count = Math.min(length, limit - position);
            System.arraycopy(buffer, position, target, 0, count);
            position += count;
            return count;
        }

        /** A line without its CRLF (or LF), at most {@link #MAX_LINE} bytes, as ISO-8859-1. */
        String line() throws IOException {
            StringBuilder line = new StringBuilder();
            while (true) {
                if (position >= limit && !fill()) {
                    throw new EOFException("the answer ended early");
                }
                char c = (char) (buffer[position++] & 0xff);
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                if (line.length() >= MAX_LINE) {
                    throw new ProtocolException("a line longer than " + MAX_LINE + " bytes");
                }
                line.append(c);
            }
        }
    }
}
