package org.souk.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.CRC32;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The icon of a solution (or the logo of a partner) that has none: its initials, white on a colour derived from
 * its code, as an SVG. The address holds everything the image is made of, so it never changes and is cached for a
 * year; the letters are escaped and at most two, so an address cannot make the SVG say anything else.
 */
@Controller
class PlaceholderIcons {

    /** Dark enough that white letters keep a 4.5:1 contrast whatever the hue. */
    private static final int SATURATION = 50;
    private static final int LIGHTNESS = 30;

    @GetMapping(value = "/catalog/icons/{seed}.svg")
    ResponseEntity<String> icon(@PathVariable String seed, @RequestParam(required = false) String text) {
        String letters = letters(text);
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">\
                <rect width="128" height="128" rx="24" fill="%s"/>\
                <text x="64" y="64" dy=".35em" text-anchor="middle" fill="#fff" \
                font-family="system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif" font-size="%d" \
                font-weight="600">%s</text></svg>""".formatted(colour(seed), letters.codePointCount(0, letters.length()) > 1 ? 52 : 60,
                escape(letters));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff").contentType(new MediaType("image", "svg+xml",
                        StandardCharsets.UTF_8)).body(svg);
    }

    /** The address of the placeholder for a code and the name it stands for. */
    static String url(String code, String name) {
        return "/catalog/icons/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + ".svg?text="
                + UriUtils.encodeQueryParam(initials(name), StandardCharsets.UTF_8);
    }

    /** The first letter or digit of the first two words, upper case: "Deal follow-ups" is "DF". */
    static String initials(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("[\\s\\p{Punct}]+")) {
            int first = word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
            if (first >= 0) {
                letters.appendCodePoint(first);
                if (letters.codePointCount(0, letters.length()) == 2) {
                    break;
                }
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    /** What the address may put in the image: two letters or digits at most. */
    static String letters(String text) {
        StringBuilder letters = new StringBuilder();
        if (text != null) {
            text.codePoints().filter(Character::isLetterOrDigit).limit(2).forEach(letters::appendCodePoint);
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    /** A hue from the code, the same on every node and every start. */
    static String colour(String seed) {
        CRC32 crc = new CRC32();
        crc.update(seed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return "hsl(" + crc.getValue() % 360 + "," + SATURATION + "%," + LIGHTNESS + "%)";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
