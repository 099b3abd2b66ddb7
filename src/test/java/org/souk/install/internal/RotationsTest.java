package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.souk.web.Hashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concurrent grants written together keep the rotation rule of one grant a transaction: each token is spent once,
 * a token sent twice at the same moment gives one new pair and revokes its chain (that pair included), and a grant
 * that cannot be written fails alone while the others of its group are committed.
 */
class RotationsTest extends IntegrationTest {

    private static final int CHAINS = 48;

    @Autowired
    Rotations rotations;

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    private static final String SECRET = "rotations-test-secret";

    @Test
    void concurrentGrantsSpendEachTokenOnceAndASimultaneousReuseRevokesItsChain() throws Exception {
        long installation = installation("rotations");
        List<Tokens.Pair> heads = new ArrayList<>();
        for (int i = 0; i < CHAINS; i++) {
            heads.add(tokens.issue(installation, 1));
        }
        // every chain once, and every fourth chain a second time at the same moment
        List<Rotations.Rotation> sent = new ArrayList<>();
        for (int i = 0; i < CHAINS; i++) {
            sent.add(rotation(heads.get(i).refreshToken()));
            if (i % 4 == 0) {
                sent.add(rotation(heads.get(i).refreshToken()));
            }
        }
        List<Boolean> spent = all(sent);

        for (int i = 0, k = 0; i < CHAINS; i++) {
            String chain = chainOf(heads.get(i).refreshToken());
            if (i % 4 == 0) {
                assertThat(List.of(spent.get(k), spent.get(k + 1))).as("chain %d sent twice", i)
                        .containsExactlyInAnyOrder(true, false);
                assertThat(live(chain)).as("chain %d, reused: every token revoked", i).isZero();
                assertThat(count(chain)).as("one new pair only").isEqualTo(4);
                k += 2;
            } else {
                assertThat(spent.get(k)).as("chain %d", i).isTrue();
                assertThat(usedAt(heads.get(i).refreshToken())).isNotNull();
                Rotations.Rotation mine = sent.get(k);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oauth_token WHERE token_hash IN (?, ?) "
                        + "AND chain = ? AND revoked_at IS NULL AND used_at IS NULL", Integer.class,
                        mine.accessHash(), mine.refreshHash(), chain)).as("chain %d: its new pair", i).isEqualTo(2);
                k++;
            }
        }
    }

    @Test
    void aGrantThatCannotBeWrittenFailsAloneAndLeavesItsTokenUnspent() throws Exception {
        long installation = installation("rotfail");
        List<Tokens.Pair> heads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            heads.add(tokens.issue(installation, 1));
        }
        List<Rotations.Rotation> sent = new ArrayList<>();
        for (Tokens.Pair head : heads) {
            sent.add(rotation(head.refreshToken()));
        }
        // the seventh grant's new access token collides with a stored one: its INSERT breaks the unique hash
        Rotations.Rotation good = sent.get(6);
        Rotations.Rotation broken = new Rotations.Rotation(good.kind(), good.tokenHash(), good.clientId(),
                good.secretHash(), good.now(), Hashes.sha256(heads.get(0).accessToken()), good.accessExpires(),
                good.refreshHash(), good.refreshExpires(), new CompletableFuture<>());
        sent.set(6, broken);

        List<Object> outcomes = outcomes(sent);

        for (int i = 0; i < sent.size(); i++) {
            if (i == 6) {
                assertThat(outcomes.get(i)).isInstanceOf(Throwable.class);
                assertThat(usedAt(heads.get(i).refreshToken())).as("rolled back: still unspent").isNull();
            } else {
                assertThat(outcomes.get(i)).as("grant %d", i).isInstanceOfSatisfying(Rotations.Outcome.class,
                        outcome -> assertThat(outcome.spent()).isTrue());
                assertThat(usedAt(heads.get(i).refreshToken())).isNotNull();
            }
        }
    }

    @Test
    void aGrantTheTokensRowRefusesIsAnsweredWithItsCauseAndWritesNothing() {
        long installation = installation("rotrefuse");
        String client = jdbc.queryForObject("SELECT s.client_id FROM installation i JOIN solution s "
                + "ON s.code = i.solution_code WHERE i.id = ?", String.class, installation);
        Tokens.Pair pair = tokens.issue(installation, 1);
        long otherInstallation = installation("rotother");
        Tokens.Pair other = tokens.issue(otherInstallation, 1);

        assertThat(refusal(client, "wrong-secret", pair.refreshToken()))
                .isEqualTo("invalid_client Invalid client credentials");
        assertThat(refusal("no-such-client", SECRET, pair.refreshToken()))
                .isEqualTo("invalid_client Invalid client credentials");
        assertThat(refusal(client, SECRET, "no-such-token")).isEqualTo("invalid_grant Invalid refresh token");
        assertThat(refusal(client, SECRET, pair.accessToken())).as("an access token is no refresh token")
                .isEqualTo("invalid_grant Invalid refresh token");
        assertThat(refusal(client, SECRET, other.refreshToken())).as("another app's token")
                .isEqualTo("invalid_grant Invalid refresh token");
        assertThat(usedAt(pair.refreshToken())).as("nothing spent").isNull();

        jdbc.update("UPDATE oauth_token SET expires_at = ? WHERE token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), Hashes.sha256(pair.refreshToken()));
        assertThat(refusal(client, SECRET, pair.refreshToken())).isEqualTo("invalid_grant The token has expired");
        Tokens.Pair revoked = tokens.issue(installation, 1);
        tokens.revokeAll(installation);
        assertThat(refusal(client, SECRET, revoked.refreshToken())).isEqualTo("invalid_grant The token was revoked");
        Tokens.Pair last = tokens.issue(installation, 1);
        jdbc.update("UPDATE installation SET status = 'UNINSTALLED' WHERE id = ?", installation);
        assertThat(refusal(client, SECRET, last.refreshToken()))
                .isEqualTo("invalid_client The application is not installed on this account");
        assertThat(usedAt(last.refreshToken())).isNull();

        String otherClient = jdbc.queryForObject("SELECT s.client_id FROM installation i JOIN solution s "
                + "ON s.code = i.solution_code WHERE i.id = ?", String.class, otherInstallation);
        assertThat(refusal(otherClient, SECRET, other.refreshToken())).as("the other app's own grant")
                .isEqualTo("granted");
        assertThat(usedAt(other.refreshToken())).isNotNull();
    }

    private String refusal(String client, String secret, String token) {
        try {
            tokens.grant(Tokens.Kind.REFRESH, client, secret, token);
            return "granted";
        } catch (Tokens.TokenRefused e) {
            return e.error() + " " + e.getMessage();
        }
    }

    /** An installation of a solution of its own, whose client is {@code client-<code>} with {@link #SECRET}. */
    private long installation(String prefix) {
        String code = uniqueCode(prefix);
        InstallRows.client(jdbc, code, "client-" + code, Hashes.sha256(SECRET));
        return InstallRows.installation(jdbc, code, null);
    }

    /** A grant of the refresh token as Tokens#grant makes it. */
    private Rotations.Rotation rotation(String refreshToken) {
        String client = jdbc.queryForObject("""
                SELECT s.client_id FROM oauth_token t JOIN installation i ON i.id = t.installation_id
                JOIN solution s ON s.code = i.solution_code WHERE t.token_hash = ?""", String.class,
                Hashes.sha256(refreshToken));
        Instant now = Instant.now();
        return new Rotations.Rotation(Tokens.Kind.REFRESH, Hashes.sha256(refreshToken), client,
                Hashes.sha256(SECRET), now, Hashes.sha256(Tokens.random()), now.plus(Duration.ofHours(1)),
                Hashes.sha256(Tokens.random()), now.plus(Duration.ofDays(180)), new CompletableFuture<>());
    }

    /** Sends every rotation from a thread of its own, all released at once; their answers in order. */
    private List<Boolean> all(List<Rotations.Rotation> sent) throws Exception {
        List<Boolean> spent = new ArrayList<>();
        for (Object outcome : outcomes(sent)) {
            assertThat(outcome).isInstanceOf(Rotations.Outcome.class);
            spent.add(((Rotations.Outcome) outcome).spent());
        }
        return spent;
    }

    private List<Object> outcomes(List<Rotations.Rotation> sent) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(sent.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> answers = new ArrayList<>();
            for (Rotations.Rotation rotation : sent) {
                answers.add(threads.submit(() -> {
                    go.await();
                    try {
                        return rotations.rotate(rotation);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> answer : answers) {
                outcomes.add(answer.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private String chainOf(String token) {
        return jdbc.queryForObject("SELECT chain FROM oauth_token WHERE token_hash = ?", String.class,
                Hashes.sha256(token));
    }

    private Object usedAt(String token) {
        return jdbc.queryForObject("SELECT used_at FROM oauth_token WHERE token_hash = ?", Object.class,
                Hashes.sha256(token));
    }

    private int live(String chain) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oauth_token WHERE chain = ? AND revoked_at IS NULL",
                Integer.class, chain);
    }

    private int count(String chain) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oauth_token WHERE chain = ?", Integer.class, chain);
    }
}
