package org.souk.catalog.internal;

import org.souk.install.AppInstalled;
import org.souk.install.AppUninstalled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Installations per solution for "most installed" and "popular", from the install module's events, each
 * after the installation committed and in a transaction of its own. Counted in the database in one
 * statement (no lost update when two accounts install at once); installs on test accounts are not a
 * customer's choice and do not count.
 */
@Component
class InstallCounts {

    private final JdbcClient jdbc;
    private final CatalogEntryRepository entries;
    private final CatalogGeneration generation;

    InstallCounts(JdbcClient jdbc, CatalogEntryRepository entries, CatalogGeneration generation) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.generation = generation;
    }

    @ApplicationModuleListener
    void on(AppInstalled event) {
        if (!event.testAccount()) {
            add(event.solutionCode(), 1);
        }
    }

    @ApplicationModuleListener
    void on(AppUninstalled event) {
        if (!event.testAccount()) {
            add(event.solutionCode(), -1);
        }
    }

    long of(String code) {
        return jdbc.sql("SELECT installs FROM catalog_install_count WHERE code = ?").param(code).query(Long.class)
                .optional().orElse(0L);
    }

    private void add(String code, int delta) {
        jdbc.sql("INSERT INTO catalog_install_count (code, installs) VALUES (?, 0) ON CONFLICT DO NOTHING")
                .param(code).update();
        jdbc.sql("UPDATE catalog_install_count SET installs = GREATEST(installs + ?, 0) WHERE code = ?")
                .param(delta).param(code).update();
        // the entry carries the count into the index (sort "most installed")
        entries.findById(code).ifPresent(entry -> {
            entry.installs(of(code));
            // the counts are on the pages and in the order "most installed"
            generation.bump();
        });
    }
}
