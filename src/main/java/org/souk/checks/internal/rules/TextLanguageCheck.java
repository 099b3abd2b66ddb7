package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.LanguageTools;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-25 (text not in the language it is filed under): every text of the card is in its language, by a
 * real language detector restricted to the market's languages. A confident detection of another
 * language blocks for the descriptions, installation and support; for titles and keywords, where names
 * and terms of other languages are common, it warns. Texts of fewer than three words are not judged.
 */
@Component
class TextLanguageCheck extends RuleCheck {

    private final LanguageTools tools;

    TextLanguageCheck(LanguageTools tools) {
        super("C-25", Severity.BLOCKER);
        this.tools = tools;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> {
            String prefix = "card.texts." + language + ".";
            LanguageFindings.language(tools, findings, true, prefix + "title", text.title(), language);
            LanguageFindings.language(tools, findings, true, prefix + "keywords", text.keywords(), language);
            LanguageFindings.language(tools, findings, false, prefix + "shortDescription", text.shortDescription(),
                    language);
            LanguageFindings.language(tools, findings, false, prefix + "fullDescription",
                    LanguageFindings.plain(text.fullDescription()), language);
            LanguageFindings.language(tools, findings, false, prefix + "installation", text.installation(), language);
            LanguageFindings.language(tools, findings, false, prefix + "support", text.support(), language);
        });
    }
}
