package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * V-02: the full "user" scope only where the main function is impossible without it; otherwise the
 * minimum (user_brief: names; user_basic: with e-mail and phones). A moderator decides; Souk warns.
 */
@Component
class UserScopeCheck extends RuleCheck {

    UserScopeCheck() {
        super("V-02", Severity.WARNING);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        if (context.hasScope("user")) {
            findings.add("version.scopes", "full", "user");
        }
        if (context.hasScope("user") && (context.hasScope("user_brief") || context.hasScope("user_basic"))) {
            findings.add("version.scopes", "both", "user");
        }
    }
}
