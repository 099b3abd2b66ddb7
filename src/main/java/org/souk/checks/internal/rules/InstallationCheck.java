package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-17: the installation description gives the steps to start (where the settings are, how an external
 * service is connected on both sides). A moderator judges the content; Souk warns when it is too short
 * to hold steps.
 */
@Component
class InstallationCheck extends RuleCheck {

    InstallationCheck() {
        super("C-17", Severity.WARNING);
    }

    static final int MIN_WORDS = 6;

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> {
            String installation = text.installation();
            if (!Texts.blank(installation) && installation.trim().split("\\s+").length < MIN_WORDS) {
                findings.add("card.texts." + language + ".installation", "short", installation, MIN_WORDS);
            }
        });
    }
}
