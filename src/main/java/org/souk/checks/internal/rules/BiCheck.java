package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;

/**
 * A T-BI check of a BI report's manifest. Only T-BI-1 says that the manifest is missing or unreadable
 * (once, rather than five times); the other rules have nothing to check then.
 */
abstract class BiCheck extends RuleCheck {

    static final String FIELD = "version.archive";

    private final BiManifests manifests;

    BiCheck(String rule, BiManifests manifests) {
        super(rule, Severity.BLOCKER);
        this.manifests = manifests;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        BiManifests.Read read = manifests.read(context);
        if (read == null) {
            return;
        }
        if (read.manifest() == null) {
            unreadable(read, findings);
            return;
        }
        check(read.manifest(), BiManifests.partner(context), findings);
    }

    void unreadable(BiManifests.Read read, Findings findings) {
        // T-BI-1 reports it
    }

    abstract void check(BiManifest manifest, String partner, Findings findings);

    /** "datasets[0].metrics[1] “acme.revenue”": where in the manifest, and what. */
    static String at(String path, String value) {
        return BiManifest.FILE + ": " + path + (value == null ? "" : " “" + value + "”");
    }
}
