package org.souk.solution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field-by-field difference between two states of a draft (two revisions, or a revision and the
 * draft): texts as a word diff, lists with what was added and removed, media as before and after. The
 * moderator's review shows it; so does the partner's "what changed since publication".
 */
public final class DraftDiff {

    /** Beyond this many word pairs a text is shown as replaced whole rather than compared word by word. */
    private static final long MAX_WORD_PAIRS = 4_000_000L;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind {
        TEXT, VALUE, LIST, MEDIA
    }

    public enum Op {
        SAME, ADDED, REMOVED
    }

    public record Word(Op op, String text) {
    }

    /** One changed field; {@code words} for texts, {@code added}/{@code removed} for lists. */
    public record FieldChange(String field, Kind kind, String before, String after, List<Word> words,
            List<String> added, List<String> removed) {
    }

    private DraftDiff() {
    }

    public static List<FieldChange> between(Draft before, Draft after) {
        List<FieldChange> changes = new ArrayList<>();
        list(changes, "regions", before == null ? List.of() : before.regions(), after.regions());
        Card a = before == null ? null : before.card();
        Card b = after.card();
        list(changes, "card.categories", a == null ? List.of() : a.categories(), b.categories());
        list(changes, "card.tags", a == null ? List.of() : a.tags(), b.tags());
        TreeSet<String> languages = new TreeSet<>(b.texts().keySet());
        if (a != null) {
            languages.addAll(a.texts().keySet());
        }
        for (String language : languages) {
            CardText x = a == null ? null : a.texts().get(language);
            CardText y = b.texts().get(language);
            String prefix = "card.texts." + language + ".";
            text(changes, prefix + "title", x == null ? null : x.title(), y == null ? null : y.title());
            text(changes, prefix + "shortDescription", x == null ? null : x.shortDescription(),
                    y == null ? null : y.shortDescription());
            text(changes, prefix + "fullDescription", x == null ? null : x.fullDescription(),
                    y == null ? null : y.fullDescription());
            text(changes, prefix + "keywords", x == null ? null : x.keywords(), y == null ? null : y.keywords());
            text(changes, prefix + "installation", x == null ? null : x.installation(),
                    y == null ? null : y.installation());
            text(changes, prefix + "support", x == null ? null : x.support(), y == null ? null : y.support());
        }
        media(changes, "card.icon", a == null ? null : a.iconKey(), b.iconKey());
        list(changes, "card.screenshots", a == null ? List.of() : screenshots(a), screenshots(b));
        value(changes, "card.licenseUrl", a == null ? null : a.licenseUrl(), b.licenseUrl());
        value(changes, "card.privacyUrl", a == null ? null : a.privacyUrl(), b.privacyUrl());
        value(changes, "card.contactUrl", a == null ? null : a.contactUrl(), b.contactUrl());
        value(changes, "card.demoUrl", a == null ? null : a.demoUrl(), b.demoUrl());
        value(changes, "card.pricingPolicy", a == null || a.pricingPolicy() == null ? null : a.pricingPolicy().name(),
                b.pricingPolicy() == null ? null : b.pricingPolicy().name());
        text(changes, "card.testData", a == null ? null : a.testData(), b.testData());
        version(changes, before == null ? null : before.version(), after.version());
        return changes;
    }

    private static void version(List<FieldChange> changes, VersionCard a, VersionCard b) {
        value(changes, "version.number", a == null ? null : String.valueOf(a.number()), String.valueOf(b.number()));
        list(changes, "version.scopes", a == null ? List.of() : a.scopes(), b.scopes());
        list(changes, "version.placements", a == null ? List.of() : a.placements(), b.placements());
        value(changes, "version.ownPage", a == null ? null : String.valueOf(a.ownPage()), String.valueOf(b.ownPage()));
        value(changes, "version.leftMenu", a == null ? null : String.valueOf(a.leftMenu()),
                String.valueOf(b.leftMenu()));
        value(changes, "version.mobile", a == null ? null : String.valueOf(a.mobile()), String.valueOf(b.mobile()));
        value(changes, "version.installableWithoutAdmin",
                a == null ? null : String.valueOf(a.installableWithoutAdmin()), String.valueOf(b.installableWithoutAdmin()));
        value(changes, "version.appUrl", a == null ? null : a.appUrl(), b.appUrl());
        media(changes, "version.archive", a == null ? null : a.archiveKey(), b.archiveKey());
        value(changes, "version.installerUrl", a == null ? null : a.installerUrl(), b.installerUrl());
        value(changes, "version.handlerUrl", a == null ? null : a.handlerUrl(), b.handlerUrl());
        TreeSet<String> languages = new TreeSet<>(b.whatsNew().keySet());
        if (a != null) {
            languages.addAll(a.whatsNew().keySet());
        }
        for (String language : languages) {
            text(changes, "version.whatsNew." + language, a == null ? null : a.whatsNew().get(language),
                    b.whatsNew().get(language));
        }
    }

    private static List<String> screenshots(Card card) {
        return card.screenshots().stream().map(s -> s.key() + (s.caption() == null ? "" : " " + s.caption())).toList();
    }

    /**
     * An empty text and no text are the same to a reader: a new card's unfilled fields are no change (the
     * review listed them as empty rows).
     */
    private static String nothingIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void value(List<FieldChange> changes, String field, String before, String after) {
        before = nothingIfBlank(before);
        after = nothingIfBlank(after);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, Kind.VALUE, before, after, List.of(), List.of(), List.of()));
        }
    }

    private static void media(List<FieldChange> changes, String field, String before, String after) {
        before = nothingIfBlank(before);
        after = nothingIfBlank(after);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, Kind.MEDIA, before, after, List.of(), List.of(), List.of()));
        }
    }

    private static void list(List<FieldChange> changes, String field, List<String> before, List<String> after) {
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, Kind.LIST, String.join(", ", before), String.join(", ", after),
                    List.of(), after.stream().filter(x -> !before.contains(x)).toList(),
                    before.stream().filter(x -> !after.contains(x)).toList()));
        }
    }

    private static void text(List<FieldChange> changes, String field, String before, String after) {
        before = nothingIfBlank(before);
        after = nothingIfBlank(after);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, Kind.TEXT, before, after, words(before, after), List.of(), List.of()));
        }
    }

    /** A longest-common-subsequence diff over words and the spaces between them. */
    static List<Word> words(String before, String after) {
        List<String> x = tokens(before);
        List<String> y = tokens(after);
        if ((long) x.size() * y.size() > MAX_WORD_PAIRS) {
            List<Word> whole = new ArrayList<>();
            if (before != null) {
                whole.add(new Word(Op.REMOVED, before));
            }
            if (after != null) {
                whole.add(new Word(Op.ADDED, after));
            }
            return whole;
        }
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Word> words = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.get(i).equals(y.get(j))) {
                append(words, Op.SAME, x.get(i));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                append(words, Op.REMOVED, x.get(i++));
            } else {
                append(words, Op.ADDED, y.get(j++));
            }
        }
        while (i < x.size()) {
            append(words, Op.REMOVED, x.get(i++));
        }
        while (j < y.size()) {
            append(words, Op.ADDED, y.get(j++));
        }
        return words;
    }

    private static void append(List<Word> words, Op op, String token) {
        if (!words.isEmpty() && words.get(words.size() - 1).op() == op) {
            Word last = words.remove(words.size() - 1);
            words.add(new Word(op, last.text() + token));
        } else {
            words.add(new Word(op, token));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }
}
