package org.souk.checks.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveReader;
import org.springframework.stereotype.Component;

/**
 * F-04: the demo data of an archive is not real. E-mail addresses outside the reserved example domains
 * (example.com/.org/.net and the .example, .test, .invalid, .localhost top-level domains) and phone
 * numbers that look real are warnings: the numbers reserved for fiction (North American 555-0100 …
 * 555-0199, London 020 7946 0xxx) and obvious placeholders (one or two distinct digits, 1234567…)
 * are not. Links to profiles and groups of social networks (Facebook, Instagram, X/Twitter, VK, OK, Telegram,
 * LinkedIn, YouTube, TikTok) are warnings too: demo data links no real people. Styles, images, source maps,
 * minified libraries and node_modules are not demo data.
 */
@Component
class DemoDataCheck extends ArchiveScanCheck {

    private static final Set<String> NOT_DEMO_DATA = Set.of("svg", "css", "scss", "less", "map");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.([A-Za-z]{2,24}))(?![\\w-])");
    private static final Set<String> RESERVED_TLDS = Set.of("example", "test", "invalid", "localhost", "local");
    private static final Set<String> RESERVED_DOMAINS = Set.of("example.com", "example.org", "example.net");
    /** "logo@2x.png", "icon@3x.webp": retina file names, not addresses. */
    private static final Set<String> FILE_TLDS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "js", "css",
            "json", "html", "htm");
    private static final List<Pattern> PHONES = List.of(
            // international: +44 20 7946 0958, +1 (202) 555-0143, +7 912 345-67-89
            Pattern.compile("(?<![\\w+])\\+\\d{1,3}[\\s.-]?\\(?\\d{1,5}\\)?(?:[\\s.-]?\\d{2,4}){2,5}(?![\\w])"),
            // North American: (202) 555-0143, 202-555-0143, 202.555.0143
            Pattern.compile("(?<![\\w+(.-])\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}(?![\\w.-])"),
            // Russian national: 8 (912) 345-67-89, 8-912-345-67-89
            Pattern.compile("(?<![\\w+.-])8[\\s-]?\\(?\\d{3}\\)?[\\s-]?\\d{3}[\\s-]\\d{2}[\\s-]\\d{2}(?![\\w.-])"));

    /** A link to a profile, group or channel of a social network (not the network's own home page). */
    private static final Pattern SOCIAL = Pattern.compile("(?i)(?<![\\w.-])(?:https?://)?(?:www\\.|m\\.)?(?:"
            + "(?:facebook\\.com|fb\\.com|instagram\\.com|twitter\\.com|x\\.com|vk\\.com|ok\\.ru|t\\.me)/"
            + "|linkedin\\.com/(?:in|company)/|youtube\\.com/(?:@|c/|channel/|user/)|tiktok\\.com/@)"
            + "[A-Za-z0-9_.-]{2,}");

    DemoDataCheck(ArchiveReader archives) {
        super("F-04", Severity.WARNING, archives, DemoDataCheck::scan);
    }

    private static ArchiveFindings scan(ArchiveContents archive) {
        ArchiveFindings found = new ArchiveFindings();
        for (Entry entry : archive.texts(Set.of())) {
            if (!demoData(entry)) {
                continue;
            }
            Matcher email = EMAIL.matcher(entry.text());
            while (email.find()) {
                if (realEmail(email.group(1), email.group(2))) {
                    int start = email.start();
                    String address = email.group();
                    found.add("email", () -> ArchiveFindings.where(entry, start) + ": " + address);
                }
            }
            Matcher social = SOCIAL.matcher(entry.text());
            while (social.find()) {
                int start = social.start();
                String link = social.group();
                found.add("social", () -> ArchiveFindings.where(entry, start) + ": " + link);
            }
            TreeMap<Integer, Integer> taken = new TreeMap<>(); // "+1 (202) 555-0143" is one number, not two
            for (Pattern pattern : PHONES) {
                Matcher phone = pattern.matcher(entry.text());
                while (phone.find()) {
                    int start = phone.start();
                    int end = phone.end();
                    var before = taken.floorEntry(end - 1);
                    if (before != null && before.getValue() > start) {
                        continue;
                    }
                    taken.put(start, end);
                    String number = phone.group();
                    if (realPhone(number)) {
                        found.add("phone", () -> ArchiveFindings.where(entry, start) + ": " + number);
                    }
                }
            }
        }
        return found;
    }

    private static boolean demoData(Entry entry) {
        String path = entry.path().toLowerCase(Locale.ROOT);
        return !NOT_DEMO_DATA.contains(entry.extension()) && !path.contains(".min.")
                && !path.startsWith("node_modules/") && !path.contains("/node_modules/");
    }

    static boolean realEmail(String domain, String tld) {
        String host = domain.toLowerCase(Locale.ROOT);
        String top = tld.toLowerCase(Locale.ROOT);
        if (RESERVED_TLDS.contains(top) || FILE_TLDS.contains(top)) {
            return false;
        }
        return RESERVED_DOMAINS.stream().noneMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    /** 10 to 15 digits, not reserved for fiction, not a placeholder. */
    static boolean realPhone(String text) {
        String digits = text.replaceAll("\\D", "");
        if (digits.length() < 10 || digits.length() > 15) {
            return false;
        }
        String national = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
        if (national.length() == 10 && national.startsWith("555", 3) && national.startsWith("01", 6)) {
            return false; // 555-0100 … 555-0199, reserved for fiction in North America
        }
        if (digits.startsWith("442079460") || digits.startsWith("0207946") && digits.length() == 11) {
            return false; // 020 7946 0xxx, Ofcom's numbers for drama
        }
        String tail = digits.substring(digits.length() - 7);
        if (tail.chars().distinct().count() <= 2 || digits.contains("1234567") || digits.contains("7654321")
                || digits.contains("0000000")) {
            return false;
        }
        return true;
    }
}
