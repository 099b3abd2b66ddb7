package org.souk.solution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is missing from a draft before it can go to moderation (C-11, C-02, C-25 / M-01): the one list that
 * the solution's pages (the next step), the Moderation tab (through the checks) and the C-25 check all read,
 * so that none of them calls a draft complete that another finds incomplete.
 */
public final class DraftGaps {

    /** The text fields every card language must fill in, in the order of the card form. */
    public static final List<String> TEXT_FIELDS = List.of("title", "shortDescription", "fullDescription",
            "installation", "support");

    /**
     * One missing thing: the field path (as the API names it), the rule that requires it, what is missing
     * ({@code language}: the region's mandatory language has no texts; {@code empty}: a field is blank;
     * {@code icon}, {@code screenshots}, {@code categories}, {@code pricing}) and the card language of a text.
     */
    public record Gap(String field, String rule, String what, String language) {
    }

    private DraftGaps() {
    }

    /** The gaps of {@code draft} whose regions make {@code mandatoryLanguages} mandatory, form order. */
    public static List<Gap> of(Draft draft, Collection<String> mandatoryLanguages) {
        Card card = draft.card();
        List<Gap> gaps = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>(mandatoryLanguages);
        languages.addAll(card.texts().keySet());
        for (String language : languages) {
            CardText text = card.texts().get(language);
            if (text == null) {
                gaps.add(new Gap("card.texts." + language, "C-11", "language", language));
                continue;
            }
            List<String> values = List.of(nn(text.title()), nn(text.shortDescription()), nn(text.fullDescription()),
                    nn(text.installation()), nn(text.support()));
            for (int i = 0; i < TEXT_FIELDS.size(); i++) {
                if (values.get(i).isBlank()) {
                    gaps.add(new Gap("card.texts." + language + "." + TEXT_FIELDS.get(i), "C-25", "empty", language));
                }
            }
        }
        if (card.categories().isEmpty()) {
            gaps.add(new Gap("card.categories", "C-02", "categories", null));
        }
        if (card.iconKey() == null) {
            gaps.add(new Gap("card.icon", "C-25", "icon", null));
        }
        if (card.screenshots().isEmpty()) {
            gaps.add(new Gap("card.screenshots", "C-25", "screenshots", null));
        }
        if (nn(card.licenseUrl()).isBlank()) {
            gaps.add(new Gap("card.licenseUrl", "C-25", "empty", null));
        }
        if (nn(card.privacyUrl()).isBlank()) {
            gaps.add(new Gap("card.privacyUrl", "C-25", "empty", null));
        }
        if (card.pricingPolicy() == null) {
            gaps.add(new Gap("card.pricingPolicy", "C-25", "pricing", null));
        }
        return gaps;
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}
