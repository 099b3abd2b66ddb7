package org.souk.programs.internal;

import org.souk.programs.Grants;
import org.souk.solution.PublicationChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * G-01: a sandbox ends as soon as the applications it rests on leave the catalog, not at the next daily run.
 * Runs after the publishing transaction committed, so it reads the catalog as it now is.
 */
@Component
class PublicationListener {

    private final Grants grants;

    PublicationListener(Grants grants) {
        this.grants = grants;
    }

    @ApplicationModuleListener
    void on(PublicationChanged event) {
        grants.publicationChanged(event.code());
    }
}
