package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What {@link PlainText} keeps, composes and refuses, character by character. */
class PlainTextTest {

    @Test
    void composesToNfc() {
        assertThat(PlainText.clean("Cafe\u0301")).isEqualTo("Caf\u00e9");
        assertThat(PlainText.clean("\u0419\u043e\u0433\u0443\u0440\u0442")).isEqualTo("Йогурт");
        // Й decomposed (И + combining breve) comes back as one character
        assertThat(PlainText.clean("\u0418\u0306")).isEqualTo("\u0419");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Thumbs \uD83D\uDC4D up", "\uD83C\uDDF7\uD83C\uDDFA", "Синхронизация CRM",
        "同步日历 カレンダー", "x\u0323\u0302 (no precomposed form)", "\uD83D\uDC69\u200D\uD83D\uDCBB dev",
        "tabs\tand\r\nlines\n", "" })
    void keepsEmojiAndEveryScript(String text) {
        assertThat(PlainText.clean(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "'a\u0000b', CONTROL, 0, 2",
        "'bell\u0007', CONTROL, 7, 5",
        "'\u001b[31m', CONTROL, 27, 1",
        "'del\u007f', CONTROL, 127, 4",
        "'next\u0085line', CONTROL, 133, 5",
        "'c1\u009f', CONTROL, 159, 3",
        "'x\uFFFE', NONCHARACTER, 65534, 2",
        "'\uFFFF', NONCHARACTER, 65535, 1",
        "'\uFDD0', NONCHARACTER, 64976, 1",
        "'\uFDEF!', NONCHARACTER, 65007, 1",
        "'\uD83F\uDFFE', NONCHARACTER, 131070, 1",
        "'a\uDBFF\uDFFF', NONCHARACTER, 1114111, 2",
        "'lone \uD800 high', SURROGATE, 55296, 6",
        "'lone \uDC00 low', SURROGATE, 56320, 6",
        "'\uD83D\uDC4D then \uD83D', SURROGATE, 55357, 8",
    })
    void refusesControlsNoncharactersAndBrokenSurrogates(String text, PlainText.Kind kind, int codePoint,
            int position) {
        assertThatThrownBy(() -> PlainText.clean(text)).isInstanceOfSatisfying(PlainText.Refused.class,
                refused -> assertThat(refused.flaw()).isEqualTo(new PlainText.Flaw(kind, codePoint, position)));
    }

    @Test
    void namesTheCharacterAsPeopleLookItUp() {
        assertThat(new PlainText.Flaw(PlainText.Kind.CONTROL, 0, 1).character()).isEqualTo("U+0000");
        assertThat(new PlainText.Flaw(PlainText.Kind.NONCHARACTER, 0x10FFFF, 1).character()).isEqualTo("U+10FFFF");
        assertThat(new PlainText.Flaw(PlainText.Kind.SURROGATE, 0xD800, 1).messageKey())
                .isEqualTo("error.text.surrogate");
    }

    @Test
    void passwordsAreCheckedButNotNormalized() {
        assertThat(PlainText.clean("newPassword", "Cafe\u0301-1")).isEqualTo("Cafe\u0301-1");
        assertThat(PlainText.clean("title", "Cafe\u0301-1")).isEqualTo("Caf\u00e9-1");
        assertThatThrownBy(() -> PlainText.clean("password", "pass\u0000word")).isInstanceOf(PlainText.Refused.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(PlainText.clean(null)).isNull();
    }
}
