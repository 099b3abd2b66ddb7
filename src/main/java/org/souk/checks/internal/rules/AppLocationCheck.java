package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.TechnologyType;
import org.springframework.stereotype.Component;

/**
 * V-05: a server app has its application URL, a static app or a site template or BI report its
 * archive. A plain-http address is a warning: the server part needs a valid TLS certificate (F-07).
 */
@Component
class AppLocationCheck extends RuleCheck {

    AppLocationCheck() {
        super("V-05", Severity.BLOCKER);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        var version = context.version();
        TechnologyType type = context.draft().technologyType();
        boolean needsArchive = type == TechnologyType.WEBSITE_TEMPLATE || type == TechnologyType.BI_REPORT;
        if (needsArchive && version.archiveKey() == null) {
            findings.add("version.archive", "archive", null);
        } else if (type == TechnologyType.REST_API && Texts.blank(version.appUrl()) && version.archiveKey() == null) {
            findings.add("version.appUrl", "location", null);
        }
        for (String[] url : new String[][] { { "version.appUrl", version.appUrl() },
            { "version.installerUrl", version.installerUrl() }, { "version.handlerUrl", version.handlerUrl() } }) {
            if (url[1] != null && url[1].regionMatches(true, 0, "http://", 0, 7)) {
                findings.add(Severity.WARNING, url[0], "plainHttp", url[1]);
            }
        }
    }
}
