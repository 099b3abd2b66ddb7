package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * V-04 (with V-01): widgets name the embedding places they use and ask for the "placement" scope, and
 * "placement" is asked for only with widgets; the mobile app embeds only an app with its own page.
 */
@Component
class WidgetCheck extends RuleCheck {

    WidgetCheck() {
        super("V-04", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        boolean widgets = !context.version().placements().isEmpty();
        if (widgets && !context.hasScope("placement")) {
            findings.add("version.scopes", "noPlacementScope", String.join(", ", context.version().placements()));
        }
        if (!widgets && context.hasScope("placement")) {
            findings.add("version.placements", "scopeWithoutWidgets", "placement");
        }
        if (context.version().mobile() && !context.version().ownPage()) {
            findings.add("version.mobile", "mobileWithoutPage", null);
        }
    }
}
