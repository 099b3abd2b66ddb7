package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Absolute addresses come from souk.base-url only, never from the request's Host or forwarded headers; the
 * forwarded headers count only from souk.trusted-proxies (127.0.0.2 in the test profile). Raw HTTP over a
 * socket: Java's HTTP client refuses to send a Host header of its own, and the client's address matters.
 */
class SiteAddressTest extends IntegrationTest {

    private static final String UNTRUSTED = "127.0.0.1";
    private static final String PROXY = "127.0.0.2";
    private static final Map<String, String> EVIL = Map.of("Host", "evil.example", "X-Forwarded-Host",
            "evil.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "Forwarded",
            "host=evil.example;proto=https", "X-Forwarded-Prefix", "/evil");

    @Autowired
    private SiteAddress site;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theRedirectToSignInNamesNoHostOfTheRequest() throws IOException {
        for (String from : new String[] { UNTRUSTED, PROXY }) {
            Answer answer = send(from, "GET /partner/solutions HTTP/1.1", EVIL, null);
            assertThat(answer.status()).as("from " + from).isEqualTo(302);
            assertThat(answer.location()).as("from " + from).isIn("/login", site.get() + "/login");
        }
    }

    @Test
    void signingInLeadsBackToTheAskedPageByItsPath() throws IOException {
        for (String from : new String[] { UNTRUSTED, PROXY }) {
            Answer asked = send(from, "GET /partner/solutions HTTP/1.1", EVIL, null);
            Map<String, String> headers = new LinkedHashMap<>(EVIL);
            headers.put("Cookie", asked.cookie());
            Answer login = send(from, "GET /login HTTP/1.1", headers, null);
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
            assertThat(csrf.find()).as("the sign-in form has a CSRF token").isTrue();
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            Answer signedIn = send(from, "POST /login HTTP/1.1", headers, "username=" + ADMIN_EMAIL.replace("@", "%40")
                    + "&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf.group(1));
            assertThat(signedIn.status()).as("from " + from).isEqualTo(302);
            // a path (Spring Security adds "?continue" to find the saved request again)
            assertThat(signedIn.location()).as("from " + from).matches("/partner/solutions(\\?continue)?");
        }
    }

    @Test
    void theApiDocumentNamesTheConfiguredServer() throws IOException {
        for (String from : new String[] { UNTRUSTED, PROXY }) {
            Answer doc = send(from, "GET /v3/api-docs HTTP/1.1", EVIL, null);
            assertThat(doc.status()).isEqualTo(200);
            assertThat(JsonMapper.builder().build().readTree(doc.body()).path("servers").path(0).path("url").asString())
                    .as("from " + from).isEqualTo(site.get());
            assertThat(doc.body()).doesNotContain("evil");
        }
    }

    @Test
    void theClientAddressComesFromForwardedForOnlyThroughATrustedProxy() throws IOException {
        String direct = register(UNTRUSTED, "203.0.113.9");
        assertThat(auditedAddress(direct)).isEqualTo(UNTRUSTED);
        // the proxy appends the address it saw; whatever the client wrote before it is not believed
        String proxied = register(PROXY, "198.51.100.1, 203.0.113.9");
        assertThat(auditedAddress(proxied)).isEqualTo("203.0.113.9");
    }

    private String register(String from, String forwardedFor) throws IOException {
        String code = uniqueCode("addr");
        Answer answer = send(from, "POST /api/v1/partners HTTP/1.1",
                Map.of("Host", "evil.example", "Content-Type", "application/json", "X-Forwarded-For", forwardedFor),
                JsonMapper.builder().build().writeValueAsString(registration(code)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return code;
    }

    private String auditedAddress(String code) {
        return jdbc.queryForObject("select address from audit_event where action = 'partner.registered' and detail like ?",
                String.class, "code " + code + ",%");
    }

    private record Answer(int status, Map<String, String> headers, String body) {

        String location() {
            return headers.get("location");
        }

        /** Every cookie set, as a Cookie header sends them back. */
        String cookie() {
            return headers.getOrDefault("set-cookie", "");
        }
    }

    /** One HTTP/1.1 request from the given local address, the connection closed after the answer. */
    private Answer send(String from, String requestLine, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
            socket.setSoTimeout(90000);
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String head = new String(answer, StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            String[] lines = head.substring(0, end).split("\r\n");
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                answerHeaders.merge(name, name.equals("set-cookie") ? value.split(";")[0] : value,
                        (first, next) -> first + "; " + next);
            }
            byte[] content = Arrays.copyOfRange(answer, end + 4, answer.length);
            if ("chunked".equalsIgnoreCase(answerHeaders.get("transfer-encoding"))) {
                content = unchunk(content);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders,
                    new String(content, StandardCharsets.UTF_8));
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
