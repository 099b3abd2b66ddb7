package org.souk.install.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The REST limit of an installation (F-09) is one bucket in the database: two nodes (two CallQuota instances on
 * the same database) draw from it together, and the calls and refusals of both are counted on the installation.
 */
class CallQuotaTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InstallSettings settings;

    @Test
    void twoNodesDrawFromOneBucketAndCountTogether() {
        CallQuota nodeA = new CallQuota(settings, jdbc);
        CallQuota nodeB = new CallQuota(settings, jdbc);
        long id = InstallRows.installation(jdbc, uniqueCode("quota"), null);

        // a new installation starts with the whole burst, whichever node it calls
        for (int i = 0; i < settings.restBurst() - 3; i++) {
            assertThat((i % 2 == 0 ? nodeA : nodeB).take(id)).isTrue();
        }
        // three tokens left (the refill of 2 a second adds less than one meanwhile): A, B, A get them, B not
        jdbc.update("UPDATE installation SET rest_tokens = 3, rest_refilled_at = ? WHERE id = ?",
                System.currentTimeMillis(), id);
        assertThat(nodeA.take(id)).isTrue();
        assertThat(nodeB.take(id)).isTrue();
        assertThat(nodeA.take(id)).isTrue();
        assertThat(nodeB.take(id)).isFalse();
        assertThat(nodeA.take(id)).isFalse();

        Map<String, Object> counts = jdbc.queryForMap("SELECT rest_calls, rest_refused FROM installation WHERE id = ?",
                id);
        assertThat(((Number) counts.get("rest_calls")).longValue()).isEqualTo(settings.restBurst() + 2);
        assertThat(((Number) counts.get("rest_refused")).longValue()).isEqualTo(2);
    }
}
