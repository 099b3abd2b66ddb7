package org.souk.storage;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.souk.storage.internal.ImageStructure;
import org.springframework.stereotype.Component;

/**
 * Uploaded images (solution icons and screenshots, partner logos), read safely: JPEG or PNG by their content, not
 * their name; at most {@link #MAX_BYTES}; dimensions read from the header and refused when absurd before any pixel is
 * decoded; the structure checked where the JDK's readers are lenient (every PNG chunk's CRC, IHDR first and IEND
 * last; a JPEG's scan and its EOI) and the image decoded to the end, a decoder's warning counting as damage. What
 * each kind of image must be besides (square, at most 1280x720 …) is its caller's rule. Stored content-addressed,
 * the original and thumbnails made once, at upload.
 */
@Component
public class Images {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Beyond this the header is lying or the file is a decompression bomb: not decoded at all. */
    private static final int MAX_SIDE = 8000;
    private static final long MAX_PIXELS = 25_000_000L;
    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    private final BlobStore blobs;

    Images(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** A whole, decoded image: its bytes as uploaded, "png" or "jpeg", its size and its pixels. */
    public record Decoded(byte[] bytes, String format, int width, int height, BufferedImage pixels) {

        /** Whether any pixel is not fully opaque. */
        public boolean transparent() {
            if (!pixels.getColorModel().hasAlpha()) {
                return false;
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if ((pixels.getRGB(x, y) >>> 24) != 0xFF) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Reads at most {@link #MAX_BYTES} (and one more, to know) and decodes them, or refuses them. Closes the
     * content.
     *
     * @throws ImageRefused naming what is wrong
     */
    public Decoded decode(InputStream content) {
        byte[] bytes = readBounded(content);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new ImageRefused("error.image.format");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new ImageRefused("error.image.format");
                }
                String damage = format.equals("png") ? ImageStructure.png(bytes) : ImageStructure.jpeg(bytes);
                if (damage != null) {
                    String[] parts = damage.split(" ", 2);
                    throw new ImageRefused("error.image." + parts[0], parts.length > 1 ? parts[1] : "");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new ImageRefused("error.image.absurd", width, height);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage pixels = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new ImageRefused("error.image.decode");
                }
                return new Decoded(bytes, format, width, height, pixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefused refused) {
                throw refused;
            }
            throw new ImageRefused("error.image.decode");
        }
    }

    private static byte[] readBounded(InputStream content) {
        try (content) {
            byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ImageRefused("error.image.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw new ImageRefused("error.image.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new ImageRefused("error.image.broken");
        }
    }

    /** Stores the image as uploaded; answers its key. */
    public String keep(Decoded image) {
        return blobs.put(new ByteArrayInputStream(image.bytes()), MAX_BYTES, "image/" + image.format()).key();
    }

    /**
     * Stores a PNG of the image scaled to fit the box (never larger than the image); answers its key. An image with
     * an alpha channel keeps it (a logo on a transparent ground stays so on any page colour), one without is opaque.
     * A thumbnail is made for twice the size of its slot on the page, to be sharp on a high-density screen.
     */
    public String thumbnail(Decoded image, int maxWidth, int maxHeight) {
        float scale = Math.min(1f, Math.min(maxWidth / (float) image.width(), maxHeight / (float) image.height()));
        int width = Math.max(1, Math.round(image.width() * scale));
        int height = Math.max(1, Math.round(image.height() * scale));
        boolean alpha = image.pixels().getColorModel().hasAlpha();
        BufferedImage thumb = image.pixels();
        // bilinear in one step from far larger skips most pixels (a jagged thumbnail): halve first, then the rest
        while (thumb.getWidth() / 2 >= width && thumb.getHeight() / 2 >= height) {
            thumb = scaled(thumb, thumb.getWidth() / 2, thumb.getHeight() / 2, alpha);
        }
        thumb = scaled(thumb, width, height, alpha);
        if (alpha) {
            // premultiplied while scaling (no dark fringe where transparent pixels are averaged in), straight in the file
            thumb = copy(thumb, BufferedImage.TYPE_INT_ARGB);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(thumb, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG to memory cannot fail", e);
        }
        return blobs.put(new ByteArrayInputStream(out.toByteArray()), MAX_BYTES, "image/png").key();
    }

    /** The image drawn at another size: with its transparency where it has one (premultiplied), else opaque. */
    private static BufferedImage scaled(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setComposite(AlphaComposite.Src);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** The same pixels in another layout. */
    private static BufferedImage copy(BufferedImage source, int type) {
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.drawImage(source, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
