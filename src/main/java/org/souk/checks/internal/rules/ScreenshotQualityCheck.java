package org.souk.checks.internal.rules;

import java.util.List;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.ImageAnalyzer;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.Screenshot;
import org.springframework.stereotype.Component;

/**
 * C-20: screenshots are not blurred and not pixelated (warnings: heuristics of {@link MediaQuality});
 * a screenshot taken small and enlarged shows the app badly. Format and size are refused at upload.
 */
@Component
class ScreenshotQualityCheck extends RuleCheck {

    private final ImageAnalyzer images;

    ScreenshotQualityCheck(ImageAnalyzer images) {
        super("C-20", Severity.WARNING);
        this.images = images;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        List<Screenshot> screenshots = context.card().screenshots();
        for (int i = 0; i < screenshots.size(); i++) {
            Screenshot screenshot = screenshots.get(i);
            int number = i + 1;
            String caption = screenshot.caption() == null ? "" : " “" + screenshot.caption() + "”";
            images.analyze(screenshot.key()).ifPresent(image -> {
                if (MediaQuality.pixelated(image)) {
                    findings.add("card.screenshots", "pixelated", "#" + number + caption + ": "
                            + MediaQuality.figures(image), number, image.blockSize());
                } else if (MediaQuality.blurred(image)) {
                    findings.add("card.screenshots", "blurred", "#" + number + caption + ": "
                            + MediaQuality.figures(image), number);
                }
            });
        }
    }
}
