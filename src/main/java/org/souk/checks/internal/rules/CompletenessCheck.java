package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.DraftGaps;
import org.springframework.stereotype.Component;

/**
 * C-25 / M-01: a card is submitted only complete — title, descriptions, installation and support in
 * every card language, an icon, screenshots, the license and privacy links, a pricing policy. What is
 * missing is {@link DraftGaps}'s list, the same the solution's pages go by; its gaps of other rules (a
 * mandatory language without texts: C-11; no category: C-02) are those rules' findings. The message names no
 * field: pages put the field's label before it, the API has its path.
 */
@Component
class CompletenessCheck extends RuleCheck {

    CompletenessCheck() {
        super("C-25", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        for (DraftGaps.Gap gap : DraftGaps.of(context.draft(), context.mandatoryLanguages())) {
            if (rule().equals(gap.rule())) {
                findings.add(gap.field(), gap.what(), null);
            }
        }
    }
}
