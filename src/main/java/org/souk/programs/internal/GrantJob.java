package org.souk.programs.internal;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.programs.Grants;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (souk.programs.job), on one node of the cluster: grants end at their date, reminders go out. The lock
 * is kept for 5 minutes after a run, so that a node whose clock or scheduler is a little late does not run the
 * job again once the first node has released it.
 */
@Component
class GrantJob {

    private static final Logger log = LoggerFactory.getLogger(GrantJob.class);

    private final Grants grants;

    GrantJob(Grants grants) {
        this.grants = grants;
    }

    @Scheduled(cron = "${souk.programs.job:0 0 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "programs-grants", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void run() {
        Grants.Sweep sweep = grants.sweep(Instant.now());
        log.info("Programs: {} grants ended, {} reminders sent", sweep.ended(), sweep.reminded());
    }
}
