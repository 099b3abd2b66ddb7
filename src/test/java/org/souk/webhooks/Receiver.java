package org.souk.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner's webhook receiver, as docs/webhooks.md tells partners to write one: it checks each call's
 * {@code Souk-Signature} with the endpoint's secret (its own HMAC code, not Souk's) and a timestamp within 5 minutes,
 * answers 401 to a call it cannot verify, and otherwise the next status of its script (200 when the script is empty).
 */
public final class Receiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call as it arrived: whether its signature held, what it said, and what the receiver answered. */
    public record Call(boolean verified, JsonNode body, int answered, String eventIdHeader) {

        public String type() {
            return body.path("type").asString();
        }

        public String id() {
            return body.path("id").asString();
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile String secret;
    private volatile int otherwise = 200;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hooks", exchange -> {
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                boolean verified = verify(exchange.getRequestHeaders().getFirst("Souk-Signature"), body);
                Integer scripted = script.poll();
                int status = !verified ? 401 : scripted != null ? scripted : otherwise;
                synchronized (calls) {
                    calls.add(new Call(verified, JSON.readTree(body), status,
                            exchange.getRequestHeaders().getFirst("Souk-Event-Id")));
                }
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://" + hostPort() + "/hooks";
    }

    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public void secret(String secret) {
        this.secret = secret;
    }

    /** The next answers, in order; after them {@link #otherwise}. */
    void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    void otherwise(int status) {
        this.otherwise = status;
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private boolean verify(String header, byte[] body) {
        if (header == null || secret == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            }
            if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(mac.doFinal(body), HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
