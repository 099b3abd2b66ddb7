package org.souk.checks.internal.rules;

import java.util.Optional;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.ImageAnalysis;
import org.souk.checks.internal.ImageAnalyzer;
import org.souk.checks.internal.RuleCheck;
import org.souk.checks.internal.TrademarkEntity;
import org.souk.checks.internal.Trademarks;
import org.springframework.stereotype.Component;

/**
 * C-19 "no third-party trademarks", an assist finding: the icon's difference hash against the known trademarks the
 * administrator keeps ({@link Trademarks}); {@value #MAX_DISTANCE} differing bits of 64 or fewer is a warning naming
 * the trademark, for the moderator to judge (a resemblance, not a proof).
 */
@Component
class IconTrademarkCheck extends RuleCheck {

    static final int MAX_DISTANCE = 8;

    private final ImageAnalyzer images;
    private final Trademarks trademarks;

    IconTrademarkCheck(ImageAnalyzer images, Trademarks trademarks) {
        super("C-19", Severity.WARNING);
        this.images = images;
        this.trademarks = trademarks;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        String key = context.card().iconKey();
        if (key == null) {
            return;
        }
        Optional<ImageAnalysis> icon = images.analyze(key);
        if (icon.isEmpty()) {
            return;
        }
        for (TrademarkEntity trademark : trademarks.hashes()) {
            int distance = ImageAnalysis.distance(trademark.getDhash(), icon.get().dHash());
            if (distance <= MAX_DISTANCE) {
                findings.add("card.icon", "trademark", trademark.getName() + ": " + distance + "/64",
                        trademark.getName());
            }
        }
    }
}
