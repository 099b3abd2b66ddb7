package org.souk.checks.internal.rules;

import java.util.regex.Matcher;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * V-08: "What's new" is scanned as the card's texts are (C-25), in every language it is written in: contacts
 * (text in the wrong field), purchase offers and promotions, offensive words, with the same editable word lists.
 */
@Component
class WhatsNewContentCheck extends RuleCheck {

    WhatsNewContentCheck() {
        super("V-08", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        context.version().whatsNew().forEach((language, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            String field = "version.whatsNew." + language;
            for (Matcher matcher : new Matcher[] { WrongFieldCheck.EMAIL.matcher(text),
                WrongFieldCheck.PHONE.matcher(text) }) {
                if (matcher.find()) {
                    findings.add(field, "contact", matcher.group());
                }
            }
            Texts.found(text, context.words().promotions(language))
                    .forEach(word -> findings.add(field, "promotion", word, word));
            Texts.found(text, context.words().offensive(language))
                    .forEach(word -> findings.add(field, "offensive", word));
        });
    }
}
