package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.market.Category;
import org.springframework.stereotype.Component;

/** C-03: "Miscellaneous" only when no other category fits, so never together with another one. */
@Component
class MiscellaneousCheck extends RuleCheck {

    MiscellaneousCheck() {
        super("C-03", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        var chosen = context.card().categories().stream().map(context.categories()::get)
                .filter(java.util.Objects::nonNull).toList();
        if (chosen.size() > 1 && chosen.stream().anyMatch(Category::miscellaneous)) {
            findings.add("card.categories", "withOthers", String.join(", ", context.card().categories()));
        }
    }
}
