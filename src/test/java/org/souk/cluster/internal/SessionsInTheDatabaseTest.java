package org.souk.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

        jdbc.update("UPDATE spring_session SET expiry_time = 0 WHERE session_id = ?", id);
        // the job keeps its lock 30 s after a run: free it, as if the last run was long ago
        jdbc.update("DELETE FROM shedlock WHERE name = 'sessions-cleanup'");
        cleanup.cleanUp();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE session_id = ?", Integer.class, id))
                .isZero();
        assertThat(browser.get("/partner").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }
}
