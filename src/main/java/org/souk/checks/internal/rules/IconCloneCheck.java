package org.souk.checks.internal.rules;

import java.util.Optional;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.ImageAnalysis;
import org.souk.checks.internal.ImageAnalyzer;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.Card;
import org.souk.solution.Draft;
import org.springframework.stereotype.Component;

/**
 * F-14, the design: the icon against the icons of the partner's other solutions by a 64-bit difference
 * hash; {@value #MAX_DISTANCE} differing bits or fewer is the same picture (re-saved, recoloured
 * slightly, resized), a warning naming the other solution. The hash is taken from the icons'
 * thumbnails (made from the icon at upload, cheap to decode); unrelated pictures differ in about 32 bits.
 */
@Component
class IconCloneCheck extends RuleCheck {

    static final int MAX_DISTANCE = 6;

    private final ImageAnalyzer images;

    IconCloneCheck(ImageAnalyzer images) {
        super("F-14", Severity.WARNING);
        this.images = images;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        String mine = hashKey(context.card());
        if (mine == null || context.siblings().isEmpty()) {
            return;
        }
        Optional<ImageAnalysis> analysis = images.analyze(mine);
        if (analysis.isEmpty()) {
            return;
        }
        for (Draft sibling : context.siblings()) {
            String theirs = hashKey(sibling.card());
            if (theirs == null) {
                continue;
            }
            int distance = theirs.equals(mine) ? 0
                    : images.analyze(theirs).map(a -> ImageAnalysis.distance(a.dHash(), analysis.get().dHash()))
                            .orElse(Integer.MAX_VALUE);
            if (distance <= MAX_DISTANCE) {
                findings.add("card.icon", "icon", sibling.code() + ": " + distance + "/64",
                        TextCloneCheck.name(sibling, null), distance);
            }
        }
    }

    /** The thumbnail's key where there is one (both sides alike), else the icon's. */
    private static String hashKey(Card card) {
        return card.iconThumbKey() != null ? card.iconThumbKey() : card.iconKey();
    }
}
