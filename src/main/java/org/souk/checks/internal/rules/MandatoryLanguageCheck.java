package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/** C-11 / S-05: the card is described in the mandatory language of every region it is offered in. */
@Component
class MandatoryLanguageCheck implements Check {

    @Override
    public String rule() {
        return "C-11";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
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
