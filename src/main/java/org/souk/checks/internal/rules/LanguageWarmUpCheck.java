package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.LanguageTools;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-25 / V-08: while the language tools start (seconds after the server is up), the language, spelling
 * and grammar checks cannot run; one INFO finding says so instead of blocking anyone.
 */
@Component
class LanguageWarmUpCheck extends RuleCheck {

    private final LanguageTools tools;

    LanguageWarmUpCheck(LanguageTools tools) {
        super("C-25", Severity.INFO);
        this.tools = tools;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        if (tools.warmingUp()) {
            findings.add(Severity.INFO, null, "warmingUp", null);
        } else if (tools.failed()) {
            findings.add(Severity.INFO, null, "languageToolsFailed", null);
        }
    }
}
