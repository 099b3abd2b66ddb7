package org.souk.checks.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveReader;
import org.springframework.stereotype.Component;

/**
 * F-13, the archive's own texts: wrong encodings and server error texts shown to the user. A page that is not
 * UTF-8 and does not say which charset it is in, and UTF-8 text that was decoded in the wrong charset on its way
 * ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "cafÃ©", "donâ€™t", U+FFFD) are mojibake in the browser; an error page or a PHP/Java/Python
 * error left in a page ("Fatal error:", "Traceback (most recent call last)", "SQLSTATE[") is a server error text.
 * Warnings: scripts and styles may quote such texts on purpose, so only what a user reads is scanned.
 */
@Component
class ArchiveTextCheck extends ArchiveScanCheck {

    /** What a user reads: pages, plain texts and data shown as is. */
    private static final Set<String> SHOWN = Set.of("html", "htm", "txt", "xml", "json", "csv", "md");
    private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");
    /** UTF-8 read as Windows-1252 or Latin-1: a lead byte's letter followed by a continuation byte's. */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[ÐÑ][\\u0080-\\u00BF\\u2018-\\u203A\\u20AC\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2122]"
                    + "|Ã[\\u0080-\\u00BF\\u201A-\\u203A]|â€[\\u0080-\\u00BF\\u2018-\\u203A\\u2122\\u0153]|\\uFFFD");
    private static final List<Pattern> SERVER_ERRORS = List.of(
            Pattern.compile("(?i)\\b(?:Fatal|Parse) error:\\s"),
            Pattern.compile("(?i)\\b(?:Warning|Notice|Deprecated): .{1,200} on line \\d+"),
            Pattern.compile("Traceback \\(most recent call last\\)"),
            Pattern.compile("\\bSQLSTATE\\[\\w+\\]"),
            Pattern.compile("(?i)You have an error in your SQL syntax"),
            Pattern.compile("\\bjava\\.(?:lang|io|sql)\\.\\w+(?:Exception|Error)\\b"),
            Pattern.compile("\\bORA-\\d{5}\\b"),
            Pattern.compile("Whitelabel Error Page"),
            Pattern.compile("(?i)\\b(?:500 )?Internal Server Error\\b"),
            Pattern.compile("(?i)\\bUncaught (?:exception|Error|TypeError)\\b"),
            Pattern.compile("(?i)\\bStack trace:"));

    ArchiveTextCheck(ArchiveReader archives) {
        super("F-13", Severity.WARNING, archives, ArchiveTextCheck::scan);
    }

    static ArchiveFindings scan(ArchiveContents archive) {
        ArchiveFindings found = new ArchiveFindings();
        for (Entry entry : archive.texts(SHOWN)) {
            String text = entry.text();
            if (!entry.utf8()) {
                Matcher declared = DECLARED_CHARSET.matcher(text);
                boolean otherCharset = declared.find()
                        && !declared.group(1).toLowerCase(Locale.ROOT).replace("-", "").equals("utf8");
                if (!otherCharset) {
                    found.add("encoding", entry::path, entry.path());
                }
                continue; // text decoded in a charset it is not in: its letters say nothing
            }
            Matcher mojibake = MOJIBAKE.matcher(text);
            if (mojibake.find()) {
                int start = mojibake.start();
                int end = mojibake.end();
                found.add("mojibake", () -> ArchiveFindings.where(entry, start) + ": "
                        + ArchiveFindings.snippet(text, start, end), entry.path());
            }
            for (Pattern error : SERVER_ERRORS) {
                Matcher matcher = error.matcher(text);
                if (matcher.find()) {
                    int start = matcher.start();
                    int end = matcher.end();
                    found.add("serverError", () -> ArchiveFindings.where(entry, start) + ": "
                            + ArchiveFindings.snippet(text, start, end), entry.path());
                    break;
                }
            }
        }
        return found;
    }
}
