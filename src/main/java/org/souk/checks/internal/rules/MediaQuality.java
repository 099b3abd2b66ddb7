package org.souk.checks.internal.rules;

import org.souk.checks.internal.ImageAnalysis;

/**
 * The blur and pixelation heuristics of C-19 and C-20 on an {@link ImageAnalysis}.
 *
 * <p>Blurred: the picture has edges (mean squared gradient at least {@value #MIN_EDGE_ENERGY}; a flat
 * picture is not judged) and its sharpness — the variance of the Laplacian over the mean squared
 * gradient — is below {@value #BLURRED}. Measured on drawn icons and screenshots: crisp antialiased
 * pictures score 1.7 to 2.1; enlarged twice with smoothing (bilinear or bicubic) 0.4 to 0.5, four
 * times 0.2 to 0.25, eight times 0.1 to 0.2. The threshold flags pictures enlarged about three to four
 * times or more, and strong blur. The score does not depend on contrast or on how much of the picture
 * is flat; noise raises it, so a noisy blurred photo may pass: the heuristic errs on the side of no
 * false alarm.
 *
 * <p>Pixelated: the picture is made of identical blocks of {@value #PIXELATED} pixels or more a side,
 * i.e. a small picture enlarged three times or more without smoothing (factors that are not whole
 * numbers too). Blocks of 2 are not reported: a picture doubled that way still reads well.
 */
final class MediaQuality {

    static final double MIN_EDGE_ENERGY = 1.0;
    static final double BLURRED = 0.3;
    static final int PIXELATED = 3;

    private MediaQuality() {
    }

    static boolean blurred(ImageAnalysis image) {
        return image.edgeEnergy() >= MIN_EDGE_ENERGY && image.sharpness() < BLURRED;
    }

    static boolean pixelated(ImageAnalysis image) {
        return image.blockSize() >= PIXELATED;
    }

    static String figures(ImageAnalysis image) {
        return String.format(java.util.Locale.ROOT, "%dx%d, sharpness %.2f, blocks %dpx", image.width(),
                image.height(), image.sharpness(), image.blockSize());
    }
}
