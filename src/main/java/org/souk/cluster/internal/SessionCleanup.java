package org.souk.cluster.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from the database, on one node at a time (Spring Session's own clean-up timer is
 * off, {@code spring.session.jdbc.cleanup-cron=-}: it would run on every node at once).
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${souk.sessions.cleanup:0 * * * * *}")
    @SchedulerLock(name = "sessions-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void cleanUp() {
        sessions.cleanUpExpiredSessions();
    }
}
