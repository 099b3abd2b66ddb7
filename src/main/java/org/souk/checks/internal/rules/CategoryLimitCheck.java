package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/** C-02: one to five categories of the catalog. */
@Component
class CategoryLimitCheck implements Check {

    @Override
    public String rule() {
        return "C-02";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
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
