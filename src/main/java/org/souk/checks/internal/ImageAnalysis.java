package org.souk.checks.internal;

/**
 * What the media checks (C-19, C-20) and the icon clone check (F-14) need of an image, computed once
 * per blob key by {@link ImageAnalyzer}.
 *
 * @param width in pixels
 * @param height in pixels
 * @param dHash the 64-bit difference hash: a 9x8 grey thumbnail, one bit per horizontal neighbour pair
 *        (left brighter than right); near-identical pictures differ in a few bits
 * @param sharpness the variance of the Laplacian divided by the mean squared gradient: about 1 to 2 on
 *        crisp edges, about 2/w for edges smeared over w pixels (0.2 for an image upscaled tenfold with
 *        smoothing); independent of contrast and of how much of the picture is flat
 * @param edgeEnergy the mean squared gradient: near 0 for a flat picture, where sharpness means nothing
 * @param blockSize the side of the blocks of identical pixels the picture is made of: 1 for a normal
 *        picture, about k for one enlarged k times without smoothing (pixelated); the smaller of the
 *        rows' and the columns' value
 */
public record ImageAnalysis(int width, int height, long dHash, double sharpness, double edgeEnergy, int blockSize) {

    /** Differing bits of two difference hashes (0 … 64). */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
