package org.souk.checks.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveReader;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/**
 * F-12, the security scan of a version's archive (static app, site template, BI report): the archive
 * unpacks safely (no bomb, no path out of its folder, within the bounds of {@link ArchiveReader}); no
 * script is loaded over plain http; no {@code eval(} or {@code new Function(}; no secret in any text
 * file — private keys, AWS access keys, well-known token formats and {@code api_key = "…"}
 * assignments of a real-looking value. Secrets are shown masked in the evidence.
 */
@Component
class ArchiveSecurityCheck extends ArchiveScanCheck {

    static final Set<String> SCRIPTS = Set.of("js", "mjs", "cjs", "jsx", "ts", "tsx", "vue");
    static final Set<String> MARKUP = Set.of("html", "htm", "xhtml", "php", "twig", "tpl");

    private static final Pattern SCRIPT_HTTP = Pattern.compile(
            "<script\\b[^>]*?\\bsrc\\s*=\\s*[\"']?\\s*(http://[^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT_HTTP = Pattern.compile(
            "(?:\\bimport\\b[^;'\"`]*?|\\bimport\\s*\\(\\s*|\\bimportScripts\\s*\\(\\s*)[\"'`](http://[^\"'`\\s]+)");
    private static final Pattern EVAL = Pattern.compile("(?<![\\w$.])eval\\s*\\(");
    private static final Pattern NEW_FUNCTION = Pattern.compile("\\bnew\\s+Function\\s*\\(");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern AWS_KEY = Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b");
    private static final Pattern TOKEN = Pattern.compile("\\b(?:sk_live_[0-9A-Za-z]{16,}|rk_live_[0-9A-Za-z]{16,}"
            + "|ghp_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{40,}|xox[abposr]-[0-9A-Za-z-]{10,}"
            + "|AIza[0-9A-Za-z_-]{35})");
    private static final Pattern ASSIGNED_SECRET = Pattern.compile("\\b(api[_-]?key|api[_-]?secret"
            + "|secret[_-]?key|client[_-]?secret|access[_-]?token|auth[_-]?token|private[_-]?key|app[_-]?secret)"
            + "\\b[\"']?\\s*[:=]>?\\s*[\"']([^\"'\\s]{12,})[\"']", Pattern.CASE_INSENSITIVE);
    private static final List<String> PLACEHOLDERS = List.of("your", "example", "xxxx", "changeme", "placeholder",
            "dummy", "sample", "replace", "insert", "<", "{", "$", "process.env", "****");

    ArchiveSecurityCheck(ArchiveReader archives) {
        super("F-12", Severity.BLOCKER, archives, ArchiveSecurityCheck::scan);
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        // an archive that does not unpack is this rule's own finding: why, with the bounds it broke
        report(context, findings, archive -> findings.add(ArchiveFindings.FIELD, problem(archive.problem()),
                archive.detail(), String.valueOf(ArchiveReader.MAX_ENTRIES), String.valueOf(ArchiveReader.MAX_RATIO)));
    }

    private static ArchiveFindings scan(ArchiveContents archive) {
        ArchiveFindings found = new ArchiveFindings();
        for (Entry entry : archive.texts(Set.of())) {
            String extension = entry.extension();
            boolean markup = MARKUP.contains(extension);
            boolean script = SCRIPTS.contains(extension);
            if (markup) {
                each(SCRIPT_HTTP, entry, m -> found.add("plainHttp", at(entry, m, m.group(1))));
            }
            if (markup || script) {
                each(IMPORT_HTTP, entry, m -> found.add("plainHttp", at(entry, m, m.group(1))));
                each(EVAL, entry, m -> found.add("eval", at(entry, m, null), "eval("));
                each(NEW_FUNCTION, entry, m -> found.add("eval", at(entry, m, null), "new Function("));
            }
            each(PRIVATE_KEY, entry, m -> found.add("privateKey", at(entry, m, m.group())));
            each(AWS_KEY, entry, m -> {
                if (!m.group().endsWith("EXAMPLE")) { // AKIAIOSFODNN7EXAMPLE: AWS's documented example
                    found.add("secret", at(entry, m, mask(m.group())));
                }
            });
            each(TOKEN, entry, m -> found.add("secret", at(entry, m, mask(m.group()))));
            each(ASSIGNED_SECRET, entry, m -> {
                if (realLooking(m.group(2))) {
                    found.add("secret", at(entry, m, m.group(1) + " = " + mask(m.group(2))));
                }
            });
        }
        return found;
    }

    private static String problem(ArchiveContents.Problem problem) {
        return switch (problem) {
            case MISSING -> "missing";
            case UNREADABLE -> "unreadable";
            case TOO_LARGE -> "tooLarge";
            case TOO_MANY_ENTRIES -> "tooManyEntries";
            case BOMB -> "bomb";
            case UNSAFE_PATH -> "unsafePath";
        };
    }

    private static void each(Pattern pattern, Entry entry, Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(entry.text());
        while (matcher.find()) {
            action.accept(matcher);
        }
    }

    /** "path:line: what" — the line's text around the match when {@code what} is {@code null}. */
    private static java.util.function.Supplier<String> at(Entry entry, Matcher m, String what) {
        int start = m.start();
        int end = m.end();
        return () -> ArchiveFindings.where(entry, start) + ": "
                + (what != null ? what : ArchiveFindings.snippet(entry.text(), start, end));
    }

    /** A value with letters and digits that is not a placeholder like "YOUR_API_KEY" or "${KEY}". */
    static boolean realLooking(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.stream().anyMatch(lower::contains)) {
            return false;
        }
        return value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
                && value.chars().distinct().count() >= 6;
    }

    /** The first four characters and the length: enough to find it, not enough to use it. */
    static String mask(String secret) {
        return secret.substring(0, Math.min(4, secret.length())) + "… (" + secret.length() + " characters)";
    }
}
