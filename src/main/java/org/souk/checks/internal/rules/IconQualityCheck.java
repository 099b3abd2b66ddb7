package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.ImageAnalyzer;
import org.souk.checks.internal.RuleCheck;
import org.springframework.stereotype.Component;

/**
 * C-19: the icon is not blurred and not pixelated (warnings: heuristics of {@link MediaQuality}). Its
 * format, size, squareness and opacity are refused at upload already.
 */
@Component
class IconQualityCheck extends RuleCheck {

    private final ImageAnalyzer images;

    IconQualityCheck(ImageAnalyzer images) {
        super("C-19", Severity.WARNING);
        this.images = images;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        String key = context.card().iconKey();
        if (key == null) {
            return; // C-25 says it is missing
        }
        images.analyze(key).ifPresent(icon -> {
            if (MediaQuality.pixelated(icon)) {
                findings.add("card.icon", "pixelated", MediaQuality.figures(icon), icon.blockSize());
            } else if (MediaQuality.blurred(icon)) {
                findings.add("card.icon", "blurred", MediaQuality.figures(icon));
            }
        });
    }
}
