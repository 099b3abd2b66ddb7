package org.souk.checks.internal.rules;

import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-01: a concise, clear title; placeholders ("Test App #1", "untitled", "my app 2") do not pass. The
 * placeholder words are an editable list; a number sign or a trailing number makes a title suspect.
 */
@Component
class PlaceholderTitleCheck extends RuleCheck {

    PlaceholderTitleCheck() {
        super("C-01", Severity.BLOCKER);
    }

    private static final Pattern NUMBERED = Pattern.compile(".*(#\\s*\\d+|\\s\\d{1,3})\\s*$");

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> {
            String title = text.title();
            if (Texts.blank(title)) {
                return;
            }
            String field = "card.texts." + language + ".title";
            var placeholders = Texts.found(title, context.words().placeholders(language));
            if (!placeholders.isEmpty()) {
                findings.add(field, "placeholder", title, String.join(", ", placeholders));
            } else if (NUMBERED.matcher(title).matches()) {
                findings.add(Severity.WARNING, field, "numbered", title);
            }
            if (title.length() > 60) {
                findings.add(Severity.WARNING, field, "long", title, title.length());
            }
        });
    }
}
