package org.souk.checks.internal.rules;

import java.util.Set;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.LanguageTools;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** V-08 (obvious grammar errors), as warnings: clear spelling and grammar errors in "What's new". */
@Component
class WhatsNewGrammarCheck extends RuleCheck {

    private final LanguageTools tools;

    WhatsNewGrammarCheck(LanguageTools tools) {
        super("V-08", Severity.WARNING);
        this.tools = tools;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        if (tools.grammar().isEmpty()) {
            return;
        }
        Set<String> names = LanguageFindings.names(context);
        context.version().whatsNew().forEach((language, text) -> LanguageFindings.grammar(tools, findings,
                "version.whatsNew." + language, LanguageFindings.plain(text), language, names));
    }
}
