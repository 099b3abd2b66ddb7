package org.souk.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, beside the per-account lockout: an address with
 * {@code souk.security.address-throttle.max-failures} failures within {@code window} may not try again until the
 * oldest ages out, whichever login it tries. The failures are rows of {@code sign_in_failure}, so every node
 * counts the same ones.
 */
@Component
class AddressThrottle {

    private final JdbcTemplate jdbc;
    private final IdentityProperties properties;

    AddressThrottle(JdbcTemplate jdbc, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    boolean blocked(String address) {
        Integer failures = jdbc.queryForObject(
                "SELECT COUNT(*) FROM sign_in_failure WHERE address = ? AND failed_at > ?", Integer.class,
                address, since());
        return failures != null && failures >= properties.security().addressThrottle().maxFailures();
    }

    void failed(String address) {
        jdbc.update("INSERT INTO sign_in_failure (address, failed_at) VALUES (?, ?)", address,
                Timestamp.from(Instant.now()));
    }

    /** Failures older than the window count no more. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "identity-sign-in-failures-purge", lockAtMostFor = "PT10M")
    void purge() {
        jdbc.update("DELETE FROM sign_in_failure WHERE failed_at <= ?", since());
    }

    private Timestamp since() {
        return Timestamp.from(Instant.now().minus(properties.security().addressThrottle().window()));
    }
}
