package org.souk.checks.internal.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-25 (text in the wrong field; offers, promotions, offensive words): contacts belong in the support
 * field, not in the descriptions; no offers to buy directly, promotions or discounts; no offensive
 * words. The word lists are editable per language.
 */
@Component
class WrongFieldCheck extends RuleCheck {

    WrongFieldCheck() {
        super("C-25", Severity.BLOCKER);
    }

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\d[\\d ()\\-]{7,}\\d");

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> {
            String prefix = "card.texts." + language + ".";
            for (String[] field : new String[][] { { "shortDescription", text.shortDescription() },
                { "fullDescription", Texts.plain(text.fullDescription()) } }) {
                contact(findings, prefix + field[0], EMAIL.matcher(field[1] == null ? "" : field[1]));
                contact(findings, prefix + field[0], PHONE.matcher(field[1] == null ? "" : field[1]));
            }
            for (String[] field : new String[][] { { "title", text.title() },
                { "shortDescription", text.shortDescription() }, { "fullDescription", Texts.plain(text.fullDescription()) },
                { "keywords", text.keywords() }, { "installation", text.installation() }, { "support", text.support() } }) {
                Texts.found(field[1], context.words().promotions(language))
                        .forEach(word -> findings.add(prefix + field[0], "promotion", word, word));
                Texts.found(field[1], context.words().offensive(language))
                        .forEach(word -> findings.add(prefix + field[0], "offensive", word));
            }
        });
    }

    private static void contact(Findings findings, String field, Matcher matcher) {
        if (matcher.find()) {
            findings.add(field, "contact", matcher.group());
        }
    }
}
