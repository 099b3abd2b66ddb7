package org.souk.checks.internal.rules;

import java.util.Set;

import org.souk.checks.Severity;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.LanguageTools;
import org.springframework.stereotype.Component;

/**
 * C-25 (obvious grammar errors), as warnings for the moderator to judge: clear spelling and grammar
 * errors that LanguageTool finds in the longer texts of the card (descriptions, installation, support),
 * in the languages it has modules for, at most three per field, each with LanguageTool's suggestion.
 */
@Component
class GrammarCheck implements Check {

    private final LanguageTools tools;

    GrammarCheck(LanguageTools tools) {
        this.tools = tools;
    }

    @Override
    public String rule() {
        return "C-25";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
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
