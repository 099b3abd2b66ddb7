package org.souk.install.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The buckets in Redis, shared by every node: one hash per installation ({@code souk:rest-quota:<id>}, in the
 * database of the URL), taken by one Lua script per call: one round trip, atomic (Redis runs a script alone), on
 * Redis's own clock, so the nodes' clocks play no part. The key expires when its bucket would be full again, so
 * Redis holds only the installations that called lately. A call waits at most {@link #TIMEOUT} for Redis;
 * while Redis is unreachable, commands are refused at once rather than queued, and {@link Unavailable} says so.
 */
final class RedisQuotaStore implements QuotaStore, AutoCloseable {

    static final String KEY = "souk:rest-quota:";
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    /** Between two attempts to open the first connection (later, Lettuce reconnects by itself). */
    private static final Duration RECONNECT = Duration.ofSeconds(5);
    /** ARGV: burst, rate a second; times in milliseconds (14 digits survive tostring). Answers the microseconds to wait for a call: 0 when this one is taken. */
    private static final String SCRIPT = """
            local burst = tonumber(ARGV[1])
            local rate = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = time[1] * 1000 + time[2] / 1000
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = burst
            if state[1] then
              tokens = math.min(burst, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * rate / 1000)
            end
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.ceil((1 - tokens) * 1000000 / rate)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) * 1000 / rate) + 1000)
            return wait
            """;

    private final RedisClient client;
    private final String digest;
    private volatile StatefulRedisConnection<String, String> connection;
    private long nextAttempt = System.nanoTime();

    RedisQuotaStore(String url) {
        this.client = RedisClient.create(RedisURI.create(url));
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build()).build());
        try {
            this.digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(SCRIPT.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Duration take(long installationId, int burst, double rate) {
        String[] key = { KEY + installationId };
        String[] args = { Integer.toString(burst), Double.toString(rate) };
        try {
            RedisCommands<String, String> redis = connection().sync();
            Long wait;
            try {
                wait = redis.evalsha(digest, ScriptOutputType.INTEGER, key, args);
            } catch (RedisNoScriptException e) {
                // a restarted or new Redis: EVAL loads the script, later calls find it by its digest again
                wait = redis.eval(SCRIPT, ScriptOutputType.INTEGER, key, args);
            }
            return Duration.ofNanos(wait * 1000);
        } catch (RedisException e) {
            throw new Unavailable("Redis did not answer: " + e.getMessage(), e);
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> open = connection;
        if (open != null) {
            return open;
        }
        synchronized (this) {
            if (connection == null) {
                if (System.nanoTime() - nextAttempt < 0) {
                    throw new Unavailable("Redis not connected; next attempt within " + RECONNECT.toSeconds() + " s",
                            null);
                }
                try {
                    StatefulRedisConnection<String, String> opened = client.connect();
                    opened.setTimeout(TIMEOUT);
                    connection = opened;
                } catch (RedisException e) {
                    nextAttempt = System.nanoTime() + RECONNECT.toNanos();
                    throw e;
                }
            }
            return connection;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        // nothing is in flight when the node stops: no quiet period for Netty's threads
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
