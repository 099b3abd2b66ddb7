package org.souk.checks.internal.rules;

import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-18: the support field names its channels (e-mail, phone, form or helpdesk, social groups) and its
 * schedule (days, hours, response time); an English card links no Russian-language resources.
 */
@Component
class SupportCheck extends RuleCheck {

    SupportCheck() {
        super("C-18", Severity.WARNING);
    }

    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern SCHEDULE = Pattern.compile("(?iu)\\b(\\d{1,2}(:\\d{2})?\\s*(-|–|to|до)\\s*\\d{1,2}|24/7|"
            + "mon|tue|wed|thu|fri|sat|sun|monday|friday|weekdays|hours?|business days?|"
            + "пн|вт|ср|чт|пт|сб|вс|будни|час|круглосуточно|ежедневно)");
    private static final Pattern RU_LINK = Pattern.compile("(?i)https?://[^\\s/]+\\.(ru|рф)(/\\S*)?|\\b[\\w-]+\\.(ru|рф)\\b");

    @Override
    public void run(CheckContext context, Findings findings) {
        context.card().texts().forEach((language, text) -> {
            String support = text.support();
            String field = "card.texts." + language + ".support";
            if (!Texts.blank(support)) {
                boolean channel = WrongFieldCheck.EMAIL.matcher(support).find()
                        || WrongFieldCheck.PHONE.matcher(support).find() || URL.matcher(support).find();
                if (!channel) {
                    findings.add(field, "channel", support);
                }
                if (!SCHEDULE.matcher(support).find()) {
                    findings.add(field, "schedule", support);
                }
            }
            if ("en".equals(language)) {
                for (String[] part : new String[][] { { "support", support },
                    { "fullDescription", text.fullDescription() }, { "installation", text.installation() } }) {
                    var link = RU_LINK.matcher(part[1] == null ? "" : part[1]);
                    if (link.find()) {
                        findings.add("card.texts.en." + part[0], "russianLink", link.group());
                    }
                }
            }
        });
    }
}
