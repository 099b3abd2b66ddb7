package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** C-11 / S-05: the card is described in the mandatory language of every region it is offered in. */
@Component
class MandatoryLanguageCheck extends RuleCheck {

    MandatoryLanguageCheck() {
        super("C-11", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        for (String language : context.mandatoryLanguages()) {
            if (!context.card().texts().containsKey(language)) {
                findings.add("card.texts." + language, "missing", language, language);
            }
        }
    }
}
