package org.souk.web;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for text people type (form fields and API bodies): it is stored in Unicode NFC, so that "é"
 * typed as e + combining acute and "é" typed as one character are the same text; and it must not contain
 * characters that are not text: C0 and C1 control characters (NUL, BEL, NEL, DEL …; tab, line feed and
 * carriage return are allowed everywhere, as a textarea sends them), unpaired surrogates (broken UTF-16) and
 * Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane). Emoji, flags,
 * combining marks and every script are kept as they are.
 */
public final class PlainText {

    private PlainText() {
    }

    /** What kind of character was refused. */
    public enum Kind {
        CONTROL, SURROGATE, NONCHARACTER
    }

    /** The first refused character: its kind, its code point (or lone surrogate) and its 1-based position. */
    public record Flaw(Kind kind, int codePoint, int position) {

        /** "U+0000", as a person can look it up. */
        public String character() {
            return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
        }

        /** The message key of the bundles; its arguments are the label, {@link #character()} and the position. */
        public String messageKey() {
            return "error.text." + kind.name().toLowerCase(Locale.ROOT);
        }
    }

    /** The value is not text; carries the first bad character. */
    public static class Refused extends IllegalArgumentException {

        private final transient Flaw flaw;

        Refused(Flaw flaw) {
            super(flaw.kind().name().toLowerCase(Locale.ROOT) + " character " + flaw.character() + " at position "
                    + flaw.position());
            this.flaw = flaw;
        }

        public Flaw flaw() {
            return flaw;
        }
    }

    /** The value in NFC, or {@link Refused} naming its first character that is not text. Null stays null. */
    public static String clean(String value) {
        check(value);
        return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** {@link #clean}, or {@link #check} for a field that holds a secret. */
    static String clean(String field, String value) {
        return secret(field) ? check(value) : clean(value);
    }

    /**
     * Passwords and secrets are compared as typed (the sign-in form is read by no binder nor converter), so
     * they are checked but never normalized.
     */
    static boolean secret(String field) {
        String lower = field == null ? "" : field.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret");
    }

    /** Refuses what {@link #clean} refuses but leaves the value as it is. */
    public static String check(String value) {
        if (value == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            position++;
            Kind kind = kind(cp);
            if (kind != null) {
                throw new Refused(new Flaw(kind, cp, position));
            }
            i += Character.charCount(cp);
        }
        return value;
    }

    private static Kind kind(int cp) {
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r' ? null : Kind.CONTROL;
        }
        if (cp >= 0x7F && cp <= 0x9F) {
            return Kind.CONTROL;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            // codePointAt returns a surrogate code unit only when it has no partner
            return Kind.SURROGATE;
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return Kind.NONCHARACTER;
        }
        return null;
    }
}
