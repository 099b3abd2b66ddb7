package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * F-11 is judged by the install module's test in the browser (the installer must end with installFinish or a
 * redirect to the app), not on the draft: this entry only makes the rule one that administrators switch between
 * enforced, advisory and off at /admin/checks, which that test reads through {@code SolutionChecks.mode}.
 */
@Component
class InstallerInBrowserRule extends RuleCheck {

    InstallerInBrowserRule() {
        super("F-11", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        // nothing on the draft: the finding comes from the browser (install.InstallTests)
    }
}
