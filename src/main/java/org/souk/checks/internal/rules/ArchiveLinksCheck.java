package org.souk.checks.internal.rules;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveReader;
import org.springframework.stereotype.Component;

/**
 * F-13 in a version's archive: every relative link of a page ({@code href}, {@code src}) and of a style
 * sheet ({@code url(…)}) leads to a file of the archive — broken links and images are what a moderator
 * finds first. A link that differs from a file only in letter case is broken too on a real server. Links
 * with a scheme ({@code https:}, {@code mailto:}, {@code data:} …), protocol-relative links, anchors and
 * template placeholders are not judged; nor are pages with a {@code <base>}. A link starting with
 * {@code /} is taken from the archive's root (or from its only top folder, if everything is in one).
 */
@Component
class ArchiveLinksCheck extends ArchiveScanCheck {

    private static final Set<String> PAGES = Set.of("html", "htm", "xhtml");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?<![\\w.-])(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s\"']*))\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE = Pattern.compile("<base\\b[^>]*\\bhref", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("(<script\\b[^>]*>)(.*?)(</script\\s*>)|<!--.*?-->",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final List<String> TEMPLATE = List.of("{{", "{%", "<%", "${", "<?", "[[");

    ArchiveLinksCheck(ArchiveReader archives) {
        super("F-13", Severity.BLOCKER, archives, ArchiveLinksCheck::scan);
    }

    private static ArchiveFindings scan(ArchiveContents archive) {
        Map<String, String> lowerCase = archive.lowerCasePaths();
        List<String> roots = roots(archive);
        ArchiveFindings found = new ArchiveFindings();
        Set<String> reported = new HashSet<>();
        for (Entry entry : archive.entries()) {
            if (!entry.isText()) {
                continue;
            }
            boolean page = PAGES.contains(entry.extension());
            if (page && BASE.matcher(entry.text()).find()) {
                continue;
            }
            List<Matcher> matchers = new ArrayList<>();
            if (page) {
                String markup = withoutScriptsAndComments(entry.text());
                matchers.add(ATTRIBUTE.matcher(markup));
                matchers.add(CSS_URL.matcher(markup));
            } else if (entry.extension().equals("css")) {
                matchers.add(CSS_URL.matcher(entry.text()));
            }
            for (Matcher m : matchers) {
                while (m.find()) {
                    String link = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    String target = target(link);
                    if (target == null) {
                        continue;
                    }
                    String missing = missing(archive, lowerCase, roots, entry.path(), target);
                    if (missing != null && reported.add(entry.path() + "\n" + target)) {
                        int start = m.start();
                        java.util.function.Supplier<String> where = () -> ArchiveFindings.where(entry, start) + ": "
                                + link.trim();
                        if (missing.isEmpty()) {
                            found.add("missing", where, target);
                        } else {
                            found.add("letterCase", where, target, missing);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * The page with the code of its scripts and its comments blanked out (newlines kept, so positions
     * and line numbers stay): {@code img.src = name} in a script is not a link of the page.
     */
    static String withoutScriptsAndComments(String html) {
        Matcher m = HIDDEN.matcher(html);
        if (!m.find()) {
            return html;
        }
        char[] chars = html.toCharArray();
        do {
            int start = m.group(1) != null ? m.end(1) : m.start();
            int end = m.group(1) != null ? m.start(3) : m.end();
            for (int i = start; i < end; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        } while (m.find());
        return new String(chars);
    }

    /** The path part of a relative link, decoded, or {@code null} if the link is not one to judge. */
    static String target(String link) {
        String value = link.trim();
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("//") || value.startsWith("?")
                || SCHEME.matcher(value).find() || TEMPLATE.stream().anyMatch(value::contains)) {
            return null;
        }
        int cut = value.length();
        for (char c : new char[] { '?', '#' }) {
            int at = value.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        value = value.substring(0, cut);
        try {
            value = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray % is left as it is
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * {@code null} if the link leads to a file (or to a folder with an index page) of the archive; the
     * file's real path if it differs only in case; "" if there is nothing there.
     */
    private static String missing(ArchiveContents archive, Map<String, String> lowerCase, List<String> roots,
            String from, String target) {
        List<String> candidates = new ArrayList<>();
        if (target.startsWith("/")) {
            for (String root : roots) {
                candidates.add(resolve(root, target.substring(1)));
            }
        } else {
            int slash = from.lastIndexOf('/');
            candidates.add(resolve(slash < 0 ? "" : from.substring(0, slash), target));
        }
        for (String path : candidates) {
            if (path == null) {
                continue; // above the archive's root: nothing of the archive is there
            }
            if (path.isEmpty() || archive.entry(path).isPresent()) {
                return null;
            }
            if (archive.isFolder(path) && (archive.entry(path + "/index.html").isPresent()
                    || archive.entry(path + "/index.htm").isPresent())) {
                return null;
            }
        }
        for (String path : candidates) {
            if (path != null && lowerCase.containsKey(path.toLowerCase(Locale.ROOT))) {
                return lowerCase.get(path.toLowerCase(Locale.ROOT));
            }
        }
        return "";
    }

    /** The folder and the relative path joined and normalized, or {@code null} if it climbs above the root. */
    static String resolve(String folder, String relative) {
        List<String> parts = new ArrayList<>();
        if (!folder.isEmpty()) {
            parts.addAll(List.of(folder.split("/")));
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** Where a link starting with "/" is looked up: the root, and the only top folder if there is one. */
    private static List<String> roots(ArchiveContents archive) {
        Set<String> tops = new LinkedHashSet<>();
        for (Entry entry : archive.entries()) {
            int slash = entry.path().indexOf('/');
            tops.add(slash < 0 ? "" : entry.path().substring(0, slash));
        }
        return tops.size() == 1 && !tops.contains("") ? List.of("", tops.iterator().next()) : List.of("");
    }
}
