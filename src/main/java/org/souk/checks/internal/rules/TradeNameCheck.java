package org.souk.checks.internal.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/** C-15: trade names are spelled right ("Bitrix24 Market", not "Bitrix 24 market"); the list is editable. */
@Component
class TradeNameCheck extends RuleCheck {

    TradeNameCheck() {
        super("C-15", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> {
            for (String[] field : new String[][] { { "title", text.title() },
                { "shortDescription", text.shortDescription() }, { "fullDescription", Texts.plain(text.fullDescription()) },
                { "installation", text.installation() }, { "support", text.support() } }) {
                if (field[1] == null) {
                    continue;
                }
                for (Map.Entry<String, String> name : context.words().tradeNames().entrySet()) {
                    Matcher wrong = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.getKey())
                            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(field[1]);
                    while (wrong.find()) {
                        if (!wrong.group().equals(name.getValue())) {
                            findings.add("card.texts." + language + "." + field[0], "spelling", wrong.group(),
                                    wrong.group(), name.getValue());
                        }
                    }
                }
            }
        });
    }
}
