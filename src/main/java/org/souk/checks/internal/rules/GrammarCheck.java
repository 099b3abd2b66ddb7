package org.souk.checks.internal.rules;

import java.util.Set;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.LanguageTools;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-25 (obvious grammar errors), as warnings for the moderator to judge: clear spelling and grammar
 * errors that LanguageTool finds in the longer texts of the card (descriptions, installation, support),
 * in the languages it has modules for, at most three per field, each with LanguageTool's suggestion.
 */
@Component
class GrammarCheck extends RuleCheck {

    private final LanguageTools tools;

    GrammarCheck(LanguageTools tools) {
        super("C-25", Severity.WARNING);
        this.tools = tools;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        if (tools.grammar().isEmpty()) {
            return;
        }
        Set<String> names = LanguageFindings.names(context);
        context.card().texts().forEach((language, text) -> {
            String prefix = "card.texts." + language + ".";
            LanguageFindings.grammar(tools, findings, prefix + "shortDescription", text.shortDescription(), language,
                    names);
            LanguageFindings.grammar(tools, findings, prefix + "fullDescription",
                    LanguageFindings.plain(text.fullDescription()), language, names);
            LanguageFindings.grammar(tools, findings, prefix + "installation", text.installation(), language, names);
            LanguageFindings.grammar(tools, findings, prefix + "support", text.support(), language, names);
        });
    }
}
