package org.souk.checks.internal.rules;

import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/**
 * T-BI-2: every metric and calculated field has a name, a description and "Approved by". The rule
 * wants "Approved by" to be the partner's name; the checks do not know the partner's company name, so
 * they require it to be filled in and the moderator compares it.
 */
@Component
class BiDescriptionsCheck extends BiCheck {

    BiDescriptionsCheck(BiManifests manifests) {
        super("T-BI-2", manifests);
    }

    @Override
    void check(BiManifest manifest, String partner, Findings findings) {
        for (BiManifest.Dataset dataset : manifest.datasets()) {
            for (var list : java.util.List.of(dataset.metrics(), dataset.calculatedFields())) {
                for (BiManifest.Field field : list) {
                    String where = at(field.path(), field.code());
                    if (Texts.blank(field.name())) {
                        findings.add(FIELD, "noName", where);
                    }
                    if (Texts.blank(field.description())) {
                        findings.add(FIELD, "noDescription", where);
                    }
                    if (Texts.blank(field.approvedBy())) {
                        findings.add(FIELD, "noApprovedBy", where);
                    }
                }
            }
        }
    }
}
