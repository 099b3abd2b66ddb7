package org.souk.checks.internal.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveReader;
import org.springframework.stereotype.Component;

/**
 * F-02: an app never asks for the user's platform login and password (it authorizes with OAuth 2.0). A page of the
 * archive with a password field that names the platform (Bitrix24, the account or portal, in English or Russian)
 * is flagged for the moderator: a password field alone may be the app's own login to its external service.
 */
@Component
class PlatformPasswordCheck extends ArchiveScanCheck {

    private static final Set<String> PAGES = Set.of("html", "htm", "js", "vue", "jsx", "tsx", "ts");
    private static final Pattern PASSWORD_FIELD = Pattern.compile(
            "(?i)<input[^>]*type\\s*=\\s*[\"']?password|type\\s*:\\s*[\"']password[\"']");
    private static final Pattern PLATFORM = Pattern.compile(
            "(?iu)bitrix\\s*-?\\s*24|битрикс\\s*-?\\s*24|\\bb24\\b|\\bportal\\b|портал|\\baccount (?:login|password)\\b");

    PlatformPasswordCheck(ArchiveReader archives) {
        super("F-02", Severity.WARNING, archives, PlatformPasswordCheck::scan);
    }

    static ArchiveFindings scan(ArchiveContents archive) {
        ArchiveFindings found = new ArchiveFindings();
        for (Entry entry : archive.texts(PAGES)) {
            Matcher password = PASSWORD_FIELD.matcher(entry.text());
            if (password.find() && PLATFORM.matcher(entry.text()).find()) {
                int start = password.start();
                int end = password.end();
                found.add("password", () -> ArchiveFindings.where(entry, start) + ": "
                        + ArchiveFindings.snippet(entry.text(), start, end), entry.path());
            }
        }
        return found;
    }
}
