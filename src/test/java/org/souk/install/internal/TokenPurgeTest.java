package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.souk.web.Hashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The purge deletes expired tokens and tokens spent longer ago than the retention, in batches, and keeps live
 * tokens and recently spent ones (still needed to detect a reuse).
 */
class TokenPurgeTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tokens tokens;

    @Test
    void deletesExpiredAndLongSpentTokensInBatchesAndKeepsTheRest() {
        String domain = uniqueCode("purge").replace('_', '-') + ".example.com";
        jdbc.update("INSERT INTO customer_account (domain, member_id, plan, language, created_at) "
                + "VALUES (?, ?, 'basic', 'en', CURRENT_TIMESTAMP)", domain, Tokens.random().substring(0, 32));
        long account = jdbc.queryForObject("SELECT id FROM customer_account WHERE domain = ?", Long.class, domain);
        jdbc.update("INSERT INTO installation (account_id, solution_code, version, scope, installable_without_admin, "
                + "paid, status, application_token, installed_by, test, installed_at) "
                + "VALUES (?, 'purge.app', 1, 'crm', FALSE, FALSE, 'INSTALLED', 'x', 1, FALSE, CURRENT_TIMESTAMP)", account);
        long installation = jdbc.queryForObject("SELECT id FROM installation WHERE account_id = ?", Long.class, account);

        Tokens.Pair live = tokens.issue(installation, 1);
        Tokens.Pair expired = tokens.issue(installation, 1);
        Tokens.Pair spentLongAgo = tokens.issue(installation, 1);
        Tokens.Pair spentRecently = tokens.issue(installation, 1);
        Tokens.Pair revokedLongAgo = tokens.issue(installation, 1);
        Instant now = Instant.now();
        set("expires_at", now.minusSeconds(60), expired.accessToken(), expired.refreshToken());
        set("used_at", now.minus(Duration.ofDays(3)), spentLongAgo.refreshToken());
        set("used_at", now.minus(Duration.ofHours(1)), spentRecently.refreshToken());
        set("revoked_at", now.minus(Duration.ofDays(2)), revokedLongAgo.accessToken(), revokedLongAgo.refreshToken());

        // batches of 2: five rows to delete take three statements
        long deleted = new TokenPurge(dataSource, new TokenPurgeSettings(Duration.ofMinutes(5), 2, Duration.ofDays(1)))
                .purge();

        assertThat(deleted).isGreaterThanOrEqualTo(5);
        assertThat(remaining(installation)).containsExactlyInAnyOrder(hashes(live.accessToken(), live.refreshToken(),
                spentLongAgo.accessToken(), spentRecently.accessToken(), spentRecently.refreshToken()));
        // what is left still works
        assertThat(tokens.authenticate(live.accessToken()).installationId()).isEqualTo(installation);
    }

    private void set(String column, Instant at, String... values) {
        for (String value : values) {
            jdbc.update("UPDATE oauth_token SET " + column + " = ? WHERE token_hash = ?", Timestamp.from(at),
                    Hashes.sha256(value));
        }
    }

    /** The tokens of the installation still stored, as their hashes. */
    private List<String> remaining(long installation) {
        return jdbc.queryForList("SELECT token_hash FROM oauth_token WHERE installation_id = ?", String.class,
                installation);
    }

    private static String[] hashes(String... values) {
        return Stream.of(values).map(Hashes::sha256).toArray(String[]::new);
    }
}
