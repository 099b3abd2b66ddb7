package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.solution.CardText;
import org.springframework.stereotype.Component;

/**
 * C-25 / M-01: a card is submitted only complete — title, descriptions, installation and support in
 * every card language, an icon, screenshots, the license and privacy links, a pricing policy.
 */
@Component
class CompletenessCheck implements Check {

    @Override
    public String rule() {
        return "C-25";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        for (String language : context.languages()) {
            if (!context.card().texts().containsKey(language)) {
                continue; // a missing mandatory language is C-11's finding
            }
            CardText text = context.text(language);
            String prefix = "card.texts." + language + ".";
            empty(findings, prefix + "title", text.title());
            empty(findings, prefix + "shortDescription", text.shortDescription());
            empty(findings, prefix + "fullDescription", text.fullDescription());
            empty(findings, prefix + "installation", text.installation());
            empty(findings, prefix + "support", text.support());
        }
        if (context.card().iconKey() == null) {
            findings.add("card.icon", "icon", null);
        }
        if (context.card().screenshots().isEmpty()) {
            findings.add("card.screenshots", "screenshots", null);
        }
        empty(findings, "card.licenseUrl", context.card().licenseUrl());
        empty(findings, "card.privacyUrl", context.card().privacyUrl());
        if (context.card().pricingPolicy() == null) {
            findings.add("card.pricingPolicy", "pricing", null);
        }
    }

    private static void empty(Findings findings, String field, String value) {
        if (value == null || value.isBlank()) {
            findings.add(field, "empty", null, field.substring(field.lastIndexOf('.') + 1));
        }
    }
}
