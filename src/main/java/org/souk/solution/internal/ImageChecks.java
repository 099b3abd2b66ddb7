package org.souk.solution.internal;

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

import org.souk.storage.Blob;
import org.souk.storage.BlobStore;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;

/**
 * Icons (C-19) and screenshots (C-20): JPEG or PNG by their content, not their name; dimensions read
 * from the header and refused when absurd before any pixel is decoded; the structure checked where the
 * JDK's readers are lenient (every PNG chunk's CRC, IHDR first and IEND last; a JPEG's scan and its EOI)
 * and the image decoded to the end, a decoder's warning counting as damage; size capped; stored
 * content-addressed with a thumbnail made once. A refusal names the field as the card page labels it.
 */
@Component
public class ImageChecks {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Beyond this the header is lying or the file is a decompression bomb: not decoded at all. */
    private static final int MAX_SIDE = 8000;
    private static final long MAX_PIXELS = 25_000_000L;
    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    /**
     * Thumbnails at twice the size of their slot (sharp on a high-density screen): the icon of a result tile is
     * 64x64 CSS pixels, a screenshot on the solution page 200 pixels high (356x200 for 16:9).
     */
    private static final int ICON_THUMB = 128;
    private static final int SCREENSHOT_THUMB_HEIGHT = 400;

    private final BlobStore blobs;
    private final Messages messages;

    ImageChecks(BlobStore blobs, Messages messages) {
        this.blobs = blobs;
        this.messages = messages;
    }

    /** C-19: square, 250x250 to 650x650, no transparency. */
    public Image icon(InputStream content) {
        Decoded image = decode("icon", "C-19", content);
        if (image.width() != image.height() || image.width() < 250 || image.width() > 650) {
            throw invalid("icon", "C-19", "error.icon.size", image.width(), image.height());
        }
        if (transparent(image.pixels())) {
            throw invalid("icon", "C-19", "error.icon.transparent");
        }
        return store(image, ICON_THUMB, ICON_THUMB);
    }

    /** C-20: at most 1280x720. */
    public Image screenshot(InputStream content) {
        Decoded image = decode("screenshot", "C-20", content);
        if (image.width() > 1280 || image.height() > 720) {
            throw invalid("screenshot", "C-20", "error.screenshot.size", image.width(), image.height());
        }
        return store(image, Integer.MAX_VALUE, SCREENSHOT_THUMB_HEIGHT);
    }

    private record Decoded(byte[] bytes, String format, int width, int height, BufferedImage pixels) {
    }

    private Decoded decode(String field, String rule, InputStream content) {
        byte[] bytes = readBounded(field, rule, content);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw invalid(field, rule, "error.image.format");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw invalid(field, rule, "error.image.format");
                }
                String damage = format.equals("png") ? ImageStructure.png(bytes) : ImageStructure.jpeg(bytes);
                if (damage != null) {
                    String[] parts = damage.split(" ", 2);
                    throw invalid(field, rule, "error.image." + parts[0], parts.length > 1 ? parts[1] : "");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw invalid(field, rule, "error.image.absurd", width, height);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage pixels = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw invalid(field, rule, "error.image.decode");
                }
                return new Decoded(bytes, format, width, height, pixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw invalid(field, rule, "error.image.decode");
        }
    }

    private byte[] readBounded(String field, String rule, InputStream content) {
        try (content) {
            byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw invalid(field, rule, "error.image.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw invalid(field, rule, "error.image.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw invalid(field, rule, "error.image.broken");
        }
    }

    private static boolean transparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The thumbnail fits the box, never larger than the image. */
    private Image store(Decoded image, int maxWidth, int maxHeight) {
        Blob original = blobs.put(new ByteArrayInputStream(image.bytes()), MAX_BYTES, "image/" + image.format());
        float scale = Math.min(1f, Math.min(maxWidth / (float) image.width(), maxHeight / (float) image.height()));
        int width = Math.max(1, Math.round(image.width() * scale));
        int height = Math.max(1, Math.round(image.height() * scale));
        BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = thumb.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image.pixels(), 0, 0, width, height, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(thumb, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG to memory cannot fail", e);
        }
        Blob small = blobs.put(new ByteArrayInputStream(out.toByteArray()), MAX_BYTES, "image/png");
        return new Image(original.key(), small.key(), image.width(), image.height());
    }

    /** "C-19: Icon is damaged …": the rule, the field's label on the card page, and what is wrong. */
    private InvalidInput invalid(String field, String rule, String code, Object... args) {
        String label = messages.get(field.equals("icon") ? "card.icon" : "card.screenshot");
        return new InvalidInput(new Violation(field, rule, rule + ": " + label + " " + messages.get(code, args)));
    }
}
