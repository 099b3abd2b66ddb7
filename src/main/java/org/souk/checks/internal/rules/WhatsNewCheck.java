package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** V-07: from the second version on, "What's new" in every language the card is described in. */
@Component
class WhatsNewCheck extends RuleCheck {

    WhatsNewCheck() {
        super("V-07", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        if (context.version().number() < 2) {
            return;
        }
        for (String language : context.card().texts().keySet()) {
            String news = context.version().whatsNew().get(language);
            if (news == null || news.isBlank()) {
                findings.add("version.whatsNew." + language, "missing", null, language, context.version().number());
            }
        }
    }
}
