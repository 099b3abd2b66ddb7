package org.souk.checks.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.souk.checks.Severity;
import org.souk.checks.internal.BoundedCache;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * F-14, the texts: the full description in each language against the same language of the partner's
 * other solutions, as sets of 3-word shingles compared by Jaccard similarity. At {@value #THRESHOLD}
 * or more the solution looks like a clone of the other one (a warning naming it).
 *
 * <p>Why 0.5: with 3-word shingles every changed word alters up to three shingles. In
 * {@code CloneChecksTest}, a 100-word description copied with only the product's name swapped scores
 * 0.98, and copied with the product, the channel and the entity swapped throughout (ten words in a
 * hundred) still 0.58; two different solutions of one partner sharing a paragraph of boilerplate
 * (limits, support hours) score 0.15, unrelated texts 0. Texts with fewer than {@value #MIN_SHINGLES}
 * shingles (about 20 words) are too short to judge.
 */
@Component
class TextCloneCheck extends RuleCheck {

    TextCloneCheck() {
        super("F-14", Severity.WARNING);
    }

    static final double THRESHOLD = 0.5;
    static final int MIN_SHINGLES = 18;

    /** Shingles by the description's text: the partner's other solutions are compared on every run. */
    private final BoundedCache<Set<Long>> shingles = new BoundedCache<>(512, 16L * 1024 * 1024,
            set -> 64 + set.size() * 64L);

    @Override
    public void run(CheckContext context, Findings findings) {
        if (context.siblings().isEmpty()) {
            return;
        }
        for (String language : context.card().texts().keySet().stream().sorted().toList()) {
            Set<Long> mine = shingles(context.text(language).fullDescription());
            if (mine.size() < MIN_SHINGLES) {
                continue;
            }
            for (Draft sibling : context.siblings()) {
                CardText other = sibling.card().texts().get(language);
                if (other == null) {
                    continue;
                }
                Set<Long> theirs = shingles(other.fullDescription());
                if (theirs.size() < MIN_SHINGLES) {
                    continue;
                }
                double similarity = Shingles.jaccard(mine, theirs);
                if (similarity >= THRESHOLD) {
                    long percent = Math.round(similarity * 100);
                    findings.add("card.texts." + language + ".fullDescription", "text",
                            sibling.code() + ": " + percent + " %", name(sibling, language), percent);
                }
            }
        }
    }

    private Set<Long> shingles(String html) {
        return html == null ? Set.of() : shingles.get(html, Shingles::of);
    }

    /**
     * "Title (partner.code)" of the other solution: its title in the language given, else in the UI's
     * language, else in English, else in any language it has.
     */
    static String name(Draft sibling, String language) {
        List<String> order = new ArrayList<>();
        if (language != null) {
            order.add(language);
        }
        order.add(LocaleContextHolder.getLocale().getLanguage());
        order.add("en");
        sibling.card().texts().keySet().stream().sorted().forEach(order::add);
        for (String candidate : order) {
            CardText text = sibling.card().texts().get(candidate);
            if (text != null && !Texts.blank(text.title())) {
                return text.title() + " (" + sibling.code() + ")";
            }
        }
        return sibling.code();
    }
}
