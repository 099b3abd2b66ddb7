package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The REST limit of an installation (F-09): a burst, then {@code QUERY_LIMIT_EXCEEDED} with a Retry-After, then
 * calls again as the bucket refills, through the real {@code /rest/} endpoint (this JVM's store, the default);
 * in Redis, two nodes (two CallQuota instances) draw from one bucket; without Redis, calls go through. The calls
 * and refusals reach the installation's counts only when a node flushes them: a call writes nothing.
 */
class CallQuotaTest extends IntegrationTest {

    /** The real Redis of this machine, in a database of this test's own. */
    private static final String REDIS = "redis://127.0.0.1:6379/13";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tokens tokens;

    @Autowired
    InstallSettings settings;

    @Autowired
    CallQuota quota;

    @Autowired
    RestUsageRows usageRows;

    @Test
    void theEndpointAllowsTheBurstThenRefusesWithRetryAfterUntilTheBucketRefills() throws InterruptedException {
        long id = InstallRows.installation(jdbc, uniqueCode("quota"), null);
        String path = "/rest/app.info?auth=" + URLEncoder.encode(tokens.issue(id, 1).accessToken(),
                StandardCharsets.UTF_8);

        long start = System.nanoTime();
        int answered = 0;
        Api.Response call;
        while ((call = api.get(path, null)).status() == 200) {
            answered++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // the burst, and no more than the rate refilled meanwhile
        assertThat(answered).isBetween(settings.restBurst(),
                settings.restBurst() + (int) Math.ceil(seconds * settings.restRate()));
        assertThat(call.status()).isEqualTo(503);
        assertThat(call.text("error")).isEqualTo("QUERY_LIMIT_EXCEEDED");
        // under one token short at 2 a second: the next one comes within a second
        assertThat(call.raw().headers().firstValue("Retry-After")).hasValue("1");

        Thread.sleep(1000);
        assertThat(api.get(path, null).status()).isEqualTo(200);

        quota.flush();
        assertThat(jdbc.queryForList("SELECT rest_calls, rest_refused FROM installation WHERE id = ?", id).get(0))
                .containsEntry("rest_calls", (long) answered + 2).containsEntry("rest_refused", 1L);
        // and the same calls on today's row, which the partner's analytics count
        assertThat(jdbc.queryForObject("SELECT calls FROM rest_call_day WHERE installation_id = ? AND on_day = ?",
                Long.class, id, java.time.LocalDate.now(java.time.ZoneOffset.UTC))).isEqualTo(answered + 2L);
    }

    @Test
    void twoNodesDrawFromOneBucketInRedisAndCountTogether() throws InterruptedException {
        assumeTrue(redisAnswers(), "no Redis on 127.0.0.1:6379: the shared store is not tested");
        long id = InstallRows.installation(jdbc, uniqueCode("quota"), null);
        forget(id);
        // a burst of 4 and one call every 2 s: the calls below take far less than 2 s
        InstallSettings limit = settings(0.5, 4);
        try (RedisQuotaStore storeA = new RedisQuotaStore(REDIS); RedisQuotaStore storeB = new RedisQuotaStore(REDIS)) {
            CallQuota nodeA = new CallQuota(limit, storeA, usageRows, new SimpleMeterRegistry());
            CallQuota nodeB = new CallQuota(limit, storeB, usageRows, new SimpleMeterRegistry());

            for (int i = 0; i < 4; i++) {
                assertThat((i % 2 == 0 ? nodeA : nodeB).take(id).allowed()).as("call %d", i + 1).isTrue();
            }
            assertThat(nodeA.take(id).allowed()).isFalse();
            CallQuota.Verdict refused = nodeB.take(id);
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
            // the key goes away once the bucket would be full again (4 calls at 0.5 a second: 8 s, plus 1)
            assertThat(ttlSeconds(id)).isBetween(1L, 9L);

            Thread.sleep(refused.retryAfter().toMillis() + 50);
            assertThat(nodeA.take(id).allowed()).isTrue();

            // nothing is written per call; each node adds its own counts when it flushes
            assertThat(counts(id)).containsExactly(0L, 0L);
            nodeA.flush();
            nodeB.flush();
            assertThat(counts(id)).containsExactly(7L, 2L);
        }
    }

    @Test
    void callsGoThroughWhileRedisCannotBeReached() {
        long id = InstallRows.installation(jdbc, uniqueCode("quota"), null);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // nothing listens on port 1
        try (RedisQuotaStore down = new RedisQuotaStore("redis://127.0.0.1:1/13")) {
            CallQuota node = new CallQuota(settings(0.5, 1), down, usageRows, meters);
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                assertThat(node.take(id).allowed()).isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(meters.get("souk.rest.quota.unchecked").counter().count()).isEqualTo(3);
            node.flush();
            assertThat(counts(id)).containsExactly(3L, 0L);
        }
    }

    @Test
    void aFlushAddsTheCountsOfManyInstallationsAChunkATransaction() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CallQuota.CHUNK + 200; i++) {
            ids.add(InstallRows.installation(jdbc, uniqueCode("chunk"), null));
        }
        for (long id : ids) {
            quota.take(id);
            quota.take(id);
        }
        quota.flush();
        String in = ids.get(0) + " AND " + ids.get(ids.size() - 1);
        assertThat(jdbc.queryForObject("SELECT SUM(rest_calls) FROM installation WHERE id BETWEEN " + in, Long.class))
                .isEqualTo(2L * ids.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rest_call_day WHERE calls = 2 AND on_day = ? "
                + "AND installation_id BETWEEN " + in, Long.class, LocalDate.now(ZoneOffset.UTC)))
                .isEqualTo(ids.size());
    }

    /** The test context's settings with another rate and burst. */
    private InstallSettings settings(double rate, int burst) {
        return new InstallSettings(settings.codeLifetime(), settings.accessTokenLifetime(),
                settings.refreshTokenLifetime(), settings.accountBase(), rate, burst,
                new InstallSettings.RestLimit(REDIS), settings.deliveryAttempts(), settings.deliveryFirstRetry(),
                settings.deliveryLease(), settings.testAccounts(), settings.answerBound());
    }

    private List<Long> counts(long id) {
        return jdbc.queryForObject("SELECT rest_calls, rest_refused FROM installation WHERE id = ?",
                (row, n) -> List.of(row.getLong(1), row.getLong(2)), id);
    }

    private static boolean redisAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A bucket an earlier run left for the same installation id (a new database starts ids again) goes. */
    private static void forget(long id) {
        redis(commands -> commands.sync().del(RedisQuotaStore.KEY + id));
    }

    private static long ttlSeconds(long id) {
        return redis(commands -> commands.sync().ttl(RedisQuotaStore.KEY + id));
    }

    private static <T> T redis(java.util.function.Function<StatefulRedisConnection<String, String>, T> use) {
        RedisClient client = RedisClient.create(REDIS);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return use.apply(connection);
        } finally {
            client.shutdown();
        }
    }
}
