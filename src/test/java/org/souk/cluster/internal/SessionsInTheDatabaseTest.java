package org.souk.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.souk.support.HttpUser;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signed-in user's session is a row of the database, not an object of one JVM: what another node reads to serve
 * the same user (TwoNodesTest shows that with two processes). Expired rows are deleted by the clean-up job.
 */
class SessionsInTheDatabaseTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionCleanup cleanup;

    @Test
    void theSessionOfASignedInUserIsStoredAndAnExpiredOneIsCleanedUp() {
        PartnerLogin partner = registerPartner("sessions");
        HttpUser browser = new HttpUser("http://127.0.0.1:" + port);
        assertThat(browser.signIn(partner.email(), PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/home"));
        assertThat(browser.get("/partner").statusCode()).isEqualTo(200);

        String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
        assertThat(jdbc.queryForObject("SELECT principal_name FROM spring_session WHERE session_id = ?", String.class,
                id)).isEqualTo(partner.email());

        // the session is saved once more after the last answer went out, and another context's job may hold the
        // lock: expire it, free the lock (as if the last run was long ago) and clean up until it is gone
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            jdbc.update("UPDATE spring_session SET expiry_time = 0 WHERE session_id = ?", id);
            // (an update, not a delete: ShedLock remembers the row exists and would then never lock again)
            jdbc.update("UPDATE shedlock SET lock_until = locked_at WHERE name = 'sessions-cleanup'");
            cleanup.cleanUp();
            return jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE session_id = ?", Integer.class, id) == 0;
        });
        assertThat(browser.get("/partner").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }
}
