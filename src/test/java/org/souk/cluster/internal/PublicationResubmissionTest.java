package org.souk.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.mail.Message;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event a node took from the publication registry and never finished (the node was killed) is handed to its
 * listener again by the cluster's job once it is older than souk.events.resubmit-after: here the e-mail of a
 * password reset is sent a second time.
 */
class PublicationResubmissionTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicationResubmission resubmission;

    @Test
    void anEventLeftUnfinishedByADeadNodeReachesItsListenerAgain() throws Exception {
        PartnerLogin partner = registerPartner("resubmit");
        assertThat(api.post("/api/v1/password-resets", Map.of("email", partner.email()), null).status())
                .isEqualTo(202);
        TestMail.await(partner.email(), "Reset your Souk password");
        int mails = TestMail.awaitFor(partner.email(), 1).size();
        String publication = "%" + partner.email() + "%";
        awaitCompleted(publication);

        // as a node killed while its listener ran leaves it: taken, not completed; and older than resubmit-after
        int unfinished = jdbc.update("UPDATE event_publication SET completion_date = NULL, status = 'PROCESSING',"
                + " publication_date = ? WHERE event_type LIKE '%PasswordLinkIssued' AND serialized_event LIKE ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), publication);
        assertThat(unfinished).isEqualTo(1);

        resubmission.resubmit();
        Message again = TestMail.awaitFor(partner.email(), mails + 1).get(mails);
        assertThat(TestMail.subject(again)).contains("Reset your Souk password");
        awaitCompleted(publication);
    }

    private void awaitCompleted(String publication) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE"
                    + " '%PasswordLinkIssued' AND serialized_event LIKE ? AND completion_date IS NULL", Integer.class,
                    publication);
            if (open != null && open == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the publication was not completed");
    }
}
