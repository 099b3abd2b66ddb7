package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * REST calls that arrive together have their access tokens read in one query: each call still gets its own
 * installation, and a revoked or unknown token grants nothing.
 */
class AccessLookupsTest extends IntegrationTest {

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void callsReadTogetherEachGetTheirOwnInstallationAndARevokedTokenNothing() throws Exception {
        List<Long> installations = new ArrayList<>();
        List<String> accessTokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long installation = InstallRows.installation(jdbc, uniqueCode("lookups"), null);
            installations.add(installation);
            accessTokens.add(tokens.issue(installation, 1).accessToken());
        }
        ExecutorService threads = Executors.newFixedThreadPool(accessTokens.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> answers = new ArrayList<>();
            for (String token : accessTokens) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return tokens.authenticate(token).installationId();
                }));
            }
            go.countDown();
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).as("call %d", i).isEqualTo(installations.get(i));
            }
        } finally {
            threads.shutdownNow();
        }

        tokens.revokeAll(installations.get(3));
        assertThatThrownBy(() -> tokens.authenticate(accessTokens.get(3)))
                .isInstanceOfSatisfying(Tokens.AccessRefused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Tokens.Refusal.UNKNOWN));
        assertThatThrownBy(() -> tokens.authenticate(Tokens.random()))
                .isInstanceOfSatisfying(Tokens.AccessRefused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Tokens.Refusal.UNKNOWN));
        assertThat(tokens.authenticate(accessTokens.get(4)).installationId()).isEqualTo(installations.get(4));
    }
}
