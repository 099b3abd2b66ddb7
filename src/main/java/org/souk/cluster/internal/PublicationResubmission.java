package org.souk.cluster.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the event publications that no listener completed (the node that ran them died, or the listener
 * failed) to their listeners again, on one node at a time. Only those older than {@code souk.events
 * .resubmit-after}: younger ones may still be running on a live node. This replaces Spring Modulith's
 * republication at start, which on a cluster would resend what the other nodes are working on.
 */
@Component
class PublicationResubmission {

    private final IncompleteEventPublications publications;
    private final Duration after;

    PublicationResubmission(IncompleteEventPublications publications,
            @Value("${souk.events.resubmit-after}") Duration after) {
        this.publications = publications;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${souk.events.resubmit-every}", initialDelayString = "${souk.events.resubmit-every}")
    @SchedulerLock(name = "events-resubmit", lockAtMostFor = "PT10M")
    void resubmit() {
        publications.resubmitIncompletePublicationsOlderThan(after);
    }
}
