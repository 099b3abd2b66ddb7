package org.souk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** No module reaches into another's internals, and there are no cycles between modules. */
class ModularityTest {

    /** The application's own classes: tests may inject into fields and reach into internals. */
    private final ApplicationModules modules = ApplicationModules.of(SoukApplication.class,
            location -> !location.contains("/test-classes/")); // also with -Dsouk.build.dir, not only target/

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void documentsTheModules() {
        // target/spring-modulith-docs: a diagram and a canvas of each module, for docs/architecture
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
