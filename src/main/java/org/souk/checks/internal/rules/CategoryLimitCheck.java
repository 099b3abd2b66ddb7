package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** C-02: one to five categories of the catalog. */
@Component
class CategoryLimitCheck extends RuleCheck {

    CategoryLimitCheck() {
        super("C-02", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        int count = context.card().categories().size();
        if (count == 0) {
            findings.add("card.categories", "none", null);
        } else if (count > 5) {
            findings.add("card.categories", "tooMany", String.join(", ", context.card().categories()), count);
        }
        context.card().categories().stream().filter(c -> !context.categories().containsKey(c))
                .forEach(c -> findings.add("card.categories", "unknown", c, c));
    }
}
