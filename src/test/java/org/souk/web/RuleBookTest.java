package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bundles' texts as partners read them: the rule ids written into the words come out as a list of tags. */
class RuleBookTest {

    private final RuleBook book = new RuleBook();

    @Test
    void idsInFrontBecomeTagsAndTheSentenceStartsWithACapital() {
        assertThat(book.ruled("S-04, C-14: state every payment condition, with prices."))
                .isEqualTo(new RuleBook.Ruled("State every payment condition, with prices.", List.of("S-04",
                        "C-14")));
        assertThat(book.ruled("C-01: кратко и понятно.").text()).isEqualTo("Кратко и понятно.");
    }

    @Test
    void bracketsInTheSentenceComeOutWithTheirIds() {
        RuleBook.Ruled ruled = book.ruled(
                "Its card is required in the region’s language (C-11); you can offer it in more regions later (S-05).");
        assertThat(ruled.text()).isEqualTo(
                "Its card is required in the region’s language; you can offer it in more regions later.");
        assertThat(ruled.rules()).containsExactly("C-11", "S-05");
        assertThat(book.ruled("The archive cannot be unpacked (see F-12).").text())
                .isEqualTo("The archive cannot be unpacked.");
    }

    @Test
    void aTextWithoutIdsAndWordsInBracketsStayAsTheyAre() {
        assertThat(book.ruled("Users in full (read and invite).")).isEqualTo(
                new RuleBook.Ruled("Users in full (read and invite).", List.of()));
        // an id the documents do not have is no tag
        assertThat(book.ruled("X-99: nothing.").rules()).isEmpty();
        assertThat(book.ruled(null).text()).isNull();
    }
}
