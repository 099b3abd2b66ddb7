package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.LanguageTools;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** V-08 (text in the wrong field, here: in the wrong language): "What's new" is in the language it is filed under. */
@Component
class WhatsNewLanguageCheck extends RuleCheck {

    private final LanguageTools tools;

    WhatsNewLanguageCheck(LanguageTools tools) {
        super("V-08", Severity.BLOCKER);
        this.tools = tools;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        context.version().whatsNew().forEach((language, text) -> LanguageFindings.language(tools, findings, false,
                "version.whatsNew." + language, LanguageFindings.plain(text), language));
    }
}
