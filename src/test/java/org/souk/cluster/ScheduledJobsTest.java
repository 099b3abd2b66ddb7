package org.souk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every scheduled job runs on each node's scheduler: without a ShedLock lock it would run on every node at once
 * (twice the reminders, two nodes sweeping the same rows). Each one needs a {@code @SchedulerLock} of a name of
 * its own.
 */
class ScheduledJobsTest {

    @Test
    void everyScheduledJobHoldsALockOfItsOwn() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> jobs = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<String> sharedNames = new ArrayList<>();
        List<String> cronWithoutLeastHold = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.souk")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Scheduled.class)) {
                    continue;
                }
                String job = type.getSimpleName() + "." + method.getName();
                jobs.add(job);
                SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                if (lock == null) {
                    unlocked.add(job);
                } else if (names.putIfAbsent(lock.name(), job) != null) {
                    sharedNames.add(lock.name() + ": " + names.get(lock.name()) + ", " + job);
                }
                // a cron job fires on every node at the same second: a quick run must keep the lock a while, or a
                // node a few milliseconds late finds it free and runs the job again
                if (lock != null && !method.getAnnotation(Scheduled.class).cron().isEmpty()
                        && lock.lockAtLeastFor().isEmpty()) {
                    cronWithoutLeastHold.add(job);
                }
            }
        }
        // the jobs of the issue: grants and reminders, index retries, delivery retries, sessions, publications
        assertThat(jobs).contains("GrantJob.run", "CatalogIndexQueue.retry", "EventDeliveries.retryDue",
                "SessionCleanup.cleanUp", "PublicationResubmission.resubmit", "AddressThrottle.purge");
        assertThat(unlocked).as("@Scheduled methods without @SchedulerLock").isEmpty();
        assertThat(sharedNames).as("lock names used by two jobs").isEmpty();
        assertThat(cronWithoutLeastHold).as("cron jobs without lockAtLeastFor").isEmpty();
    }
}
