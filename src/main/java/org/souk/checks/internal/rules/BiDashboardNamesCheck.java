package org.souk.checks.internal.rules;

import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/** T-BI-3: dashboard names end with {@code " [partnercode]"}, so customers see whose dashboard it is. */
@Component
class BiDashboardNamesCheck extends BiCheck {

    BiDashboardNamesCheck(BiManifests manifests) {
        super("T-BI-3", manifests);
    }

    @Override
    void check(BiManifest manifest, String partner, Findings findings) {
        String suffix = " [" + partner + "]";
        for (BiManifest.Dashboard dashboard : manifest.dashboards()) {
            String name = dashboard.name();
            if (name == null || !name.endsWith(suffix) || name.length() == suffix.length()) {
                findings.add(FIELD, "suffix", at(dashboard.path() + ".name", name), suffix);
            }
        }
    }
}
