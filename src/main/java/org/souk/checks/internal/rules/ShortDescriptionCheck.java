package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.CardText;
import org.springframework.stereotype.Component;

/** C-12: the short description has one or two sentences and does not repeat the title. */
@Component
class ShortDescriptionCheck extends RuleCheck {

    ShortDescriptionCheck() {
        super("C-12", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> check(language, text, findings));
    }

    private static void check(String language, CardText text, Findings findings) {
        String field = "card.texts." + language + ".shortDescription";
        String description = text.shortDescription();
        if (Texts.blank(description)) {
            return;
        }
        int sentences = Texts.sentences(description);
        if (sentences > 2) {
            findings.add(field, "sentences", description, sentences);
        }
        String title = Texts.normalized(text.title());
        String normalized = Texts.normalized(description);
        if (!title.isEmpty() && (normalized.equals(title) || normalized.equals(title + " app"))) {
            findings.add(field, "repeatsTitle", description);
        }
    }
}
