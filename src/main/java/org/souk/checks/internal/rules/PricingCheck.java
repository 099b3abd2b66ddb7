package org.souk.checks.internal.rules;

import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.PricingPolicy;
import org.springframework.stereotype.Component;

/**
 * C-14: where payment is possible or needed the description says so with the prices, and the pricing
 * policy says so too; the description of a free solution with nothing extra mentions no payment.
 */
@Component
class PricingCheck extends RuleCheck {

    PricingCheck() {
        super("C-14", Severity.WARNING);
    }

    private static final Pattern PAYMENT = Pattern.compile("(?iu)([$€£₽]\\s?\\d|\\d\\s?([$€£₽]|usd|eur|руб)|"
            + "\\b(price|prices|pricing|per month|subscription|tariff|paid|payment|purchase)\\b|"
            + "(цен[аы]|стоимост|тариф|подписк|оплат|платн))");

    @Override
    public void run(CheckContext context, Findings findings) {
        PricingPolicy policy = context.card().pricingPolicy();
        if (policy == null) {
            return;
        }
        context.card().texts().forEach((language, text) -> {
            String description = Texts.plain(text.fullDescription()) + " " + (text.shortDescription() == null ? ""
                    : text.shortDescription());
            var payment = PAYMENT.matcher(description);
            boolean mentioned = payment.find();
            String field = "card.texts." + language + ".fullDescription";
            if (policy == PricingPolicy.FREE && mentioned) {
                findings.add(field, "freeButPaid", payment.group());
            } else if (policy != PricingPolicy.FREE && !mentioned) {
                findings.add(field, "paidWithoutPrices", null);
            }
        });
    }
}
