package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** C-10: at most five tags, from the list (the list itself is enforced when the card is saved). */
@Component
class TagLimitCheck extends RuleCheck {

    TagLimitCheck() {
        super("C-10", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        int count = context.card().tags().size();
        if (count > 5) {
            findings.add("card.tags", "tooMany", String.join(", ", context.card().tags()), count);
        }
    }
}
