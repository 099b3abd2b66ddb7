package org.souk.checks.internal.rules;

import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** C-26: an integration links the integrated service's site (and its pricing) in the full description. */
@Component
class IntegrationLinkCheck extends RuleCheck {

    IntegrationLinkCheck() {
        super("C-26", Severity.WARNING);
    }

    private static final Pattern LINK = Pattern.compile("(?i)href\\s*=\\s*[\"']https?://|https?://\\S+");

    @Override
    public void run(CheckContext context, Findings findings) {
        boolean integration = context.card().categories().stream().anyMatch(c -> c.startsWith("integrations."));
        if (!integration) {
            return;
        }
        context.card().texts().forEach((language, text) -> {
            if (!Texts.blank(text.fullDescription()) && !LINK.matcher(text.fullDescription()).find()) {
                findings.add("card.texts." + language + ".fullDescription", "noLink", null);
            }
        });
    }
}
