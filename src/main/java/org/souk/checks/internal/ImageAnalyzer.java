package org.souk.checks.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.souk.storage.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Decodes icons and screenshots from the blob store with bounded memory (the header's dimensions are
 * read first; no more than 8000 px a side and 25 megapixels are decoded, as at upload) and computes
 * their {@link ImageAnalysis}: the difference hash, the sharpness and the block size. Analyses are
 * cached by blob key, so a card is decoded once, not on every check run.
 */
@Component
public class ImageAnalyzer {

    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final int MAX_SIDE = 8000;
    private static final long MAX_PIXELS = 25_000_000L;
    /** Grey levels two neighbouring pixels may differ by and still count as the same (noise, dithering). */
    private static final int SAME = 12;
    /** Change rows or columns needed before the block structure is judged. */
    private static final int MIN_CHANGES = 8;

    private static final ImageAnalysis NONE = new ImageAnalysis(0, 0, 0, 0, 0, 0);

    private final BlobStore blobs;
    private final BoundedCache<ImageAnalysis> cache = new BoundedCache<>(1024, Long.MAX_VALUE, a -> 1);

    public ImageAnalyzer(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** The analysis of the image with that blob key; empty if there is none or it cannot be decoded. */
    public Optional<ImageAnalysis> analyze(String key) {
        if (!BlobStore.isKey(key)) {
            return Optional.empty();
        }
        ImageAnalysis analysis = cache.get(key, this::load);
        return analysis == NONE ? Optional.empty() : Optional.of(analysis);
    }

    private ImageAnalysis load(String key) {
        Optional<InputStream> stream = blobs.open(key);
        if (stream.isEmpty()) {
            return NONE;
        }
        byte[] bytes;
        try (InputStream in = stream.get()) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image " + key, e);
        }
        if (bytes.length > MAX_BYTES) {
            return NONE;
        }
        BufferedImage image = decode(bytes);
        return image == null ? NONE : analyze(image);
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The analysis of decoded pixels; public for the benchmark and the tests. */
    public static ImageAnalysis analyze(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] grey = grey(image);
        long hash = dHash(grey, width, height);
        // one pass over the pixels: the Laplacian's and the gradient's sums, and where rows and columns change
        boolean[] rowChanges = new boolean[height];
        boolean[] columnChanges = new boolean[width];
        double sum = 0;
        double squares = 0;
        double gradient = 0;
        long n = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            boolean rowChange = false;
            for (int x = 0; x < width; x++) {
                int i = row + x;
                int c = grey[i];
                if (y > 0 && !rowChange && Math.abs(c - grey[i - width]) > SAME) {
                    rowChange = true;
                }
                if (x > 0 && Math.abs(c - grey[i - 1]) > SAME) {
                    columnChanges[x] = true;
                }
                if (y > 0 && y < height - 1 && x > 0 && x < width - 1) {
                    int laplacian = grey[i - 1] + grey[i + 1] + grey[i - width] + grey[i + width] - 4 * c;
                    int gx = grey[i + 1] - c;
                    int gy = grey[i + width] - c;
                    sum += laplacian;
                    squares += (double) laplacian * laplacian;
                    gradient += gx * gx + gy * gy;
                    n++;
                }
            }
            rowChanges[y] = rowChange;
        }
        double energy = n == 0 ? 0 : gradient / n;
        double mean = n == 0 ? 0 : sum / n;
        double sharpness = energy == 0 ? 0 : (squares / n - mean * mean) / energy;
        int block = Math.min(blockSize(rowChanges), blockSize(columnChanges));
        return new ImageAnalysis(width, height, hash, sharpness, energy, block);
    }

    /** Grey levels 0 … 255, transparent pixels over white. */
    static int[] grey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] grey = new int[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                int value = (r * 299 + g * 587 + b * 114) / 1000;
                grey[y * width + x] = (value * a + 255 * (255 - a)) / 255;
            }
        }
        return grey;
    }

    /** 9x8 area averages, then one bit per pair of horizontal neighbours. */
    static long dHash(int[] grey, int width, int height) {
        double[] cells = new double[9 * 8];
        for (int cy = 0; cy < 8; cy++) {
            int y0 = cy * height / 8;
            int y1 = Math.max(y0 + 1, (cy + 1) * height / 8);
            for (int cx = 0; cx < 9; cx++) {
                int x0 = cx * width / 9;
                int x1 = Math.max(x0 + 1, (cx + 1) * width / 9);
                long sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        sum += grey[y * width + x];
                    }
                }
                cells[cy * 9 + cx] = sum / (double) ((y1 - y0) * (x1 - x0));
            }
        }
        long hash = 0;
        for (int cy = 0; cy < 8; cy++) {
            for (int cx = 0; cx < 8; cx++) {
                hash <<= 1;
                if (cells[cy * 9 + cx] > cells[cy * 9 + cx + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    /**
     * The side of the blocks along one direction, from the lines (rows or columns) where the picture
     * differs from the line before. A picture enlarged k times without smoothing changes at most every
     * k-th line — never on two lines in a row — and, where it has detail, at nearly every block; a normal
     * picture changes on consecutive lines along its curves and antialiased edges. The block side is the
     * gap between changes that 95 % of the gaps reach, if changes fall on at least 40 % of the blocks.
     */
    static int blockSize(boolean[] changes) {
        int[] gaps = new int[changes.length];
        int count = 0;
        int last = -1;
        for (int line = 1; line < changes.length; line++) {
            if (changes[line]) {
                if (last > 0) {
                    gaps[count++] = line - last;
                }
                last = line;
            }
        }
        if (count + 1 < MIN_CHANGES) {
            return 1;
        }
        int[] sorted = java.util.Arrays.copyOf(gaps, count);
        java.util.Arrays.sort(sorted);
        int block = sorted[count / 20];
        return block >= 2 && count + 1 >= 0.4 * (changes.length / (double) block) ? block : 1;
    }
}
