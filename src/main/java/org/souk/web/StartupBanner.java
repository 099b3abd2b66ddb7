package org.souk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the market where to open it. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final SiteAddress site;

    StartupBanner(SiteAddress site) {
        this.site = site;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("Souk is running: open {} (API documentation: {}/api-docs)", site.get(), site.get());
    }
}
