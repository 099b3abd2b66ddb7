package org.souk.checks.internal.rules;

import java.util.Arrays;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** C-16: keywords match the function, at most 2000 characters, separated by commas, no brand names as spam. */
@Component
class KeywordsCheck extends RuleCheck {

    KeywordsCheck() {
        super("C-16", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> {
            String keywords = text.keywords();
            if (Texts.blank(keywords)) {
                return;
            }
            String field = "card.texts." + language + ".keywords";
            if (keywords.length() > 2000) {
                findings.add(field, "length", null, keywords.length());
            }
            boolean spaceSeparated = !keywords.contains(",") && keywords.trim().split("\\s+").length > 3;
            if (spaceSeparated || keywords.contains(";") || keywords.contains("|")) {
                findings.add(field, "separator", keywords);
            }
            Arrays.stream(keywords.split(",")).map(String::trim).filter(k -> !k.isEmpty())
                    .filter(k -> !Texts.found(k, context.words().brands(language)).isEmpty())
                    .forEach(k -> findings.add(field, "brand", k, k));
        });
    }
}
