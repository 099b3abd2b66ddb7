package org.souk.solution.internal;

import java.io.InputStream;

import org.souk.storage.ImageRefused;
import org.souk.storage.Images;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;

/**
 * Icons (C-19) and screenshots (C-20): read safely by {@link Images} (JPEG or PNG, bounded, whole), then held to
 * their rule, stored with a thumbnail. A refusal names the field as the card page labels it.
 */
@Component
public class ImageChecks {

    /**
     * Thumbnails at twice the size of their slot (sharp on a high-density screen): the icon of a result tile is
     * 64x64 CSS pixels, a screenshot on the solution page 200 pixels high (356x200 for 16:9).
     */
    private static final int ICON_THUMB = 128;
    private static final int SCREENSHOT_THUMB_HEIGHT = 400;

    private final Images images;
    private final Messages messages;

    ImageChecks(Images images, Messages messages) {
        this.images = images;
        this.messages = messages;
    }

    /** C-19: square, 250x250 to 650x650, no transparency. */
    public Image icon(InputStream content) {
        Images.Decoded image = decode("icon", "C-19", content);
        if (image.width() != image.height() || image.width() < 250 || image.width() > 650) {
            throw invalid("icon", "C-19", "error.icon.size", image.width(), image.height());
        }
        if (image.transparent()) {
            throw invalid("icon", "C-19", "error.icon.transparent");
        }
        return store(image, ICON_THUMB, ICON_THUMB);
    }

    /** C-20: at most 1280x720. */
    public Image screenshot(InputStream content) {
        Images.Decoded image = decode("screenshot", "C-20", content);
        if (image.width() > 1280 || image.height() > 720) {
            throw invalid("screenshot", "C-20", "error.screenshot.size", image.width(), image.height());
        }
        return store(image, Integer.MAX_VALUE, SCREENSHOT_THUMB_HEIGHT);
    }

    private Images.Decoded decode(String field, String rule, InputStream content) {
        try {
            return images.decode(content);
        } catch (ImageRefused e) {
            throw invalid(field, rule, e.code(), e.arguments());
        }
    }

    private Image store(Images.Decoded image, int maxWidth, int maxHeight) {
        return new Image(images.keep(image), images.thumbnail(image, maxWidth, maxHeight), image.width(),
                image.height());
    }

    /** "C-19: Icon is damaged …": the rule, the field's label on the card page, and what is wrong. */
    private InvalidInput invalid(String field, String rule, String code, Object... args) {
        String label = messages.get(field.equals("icon") ? "card.icon" : "card.screenshot");
        return new InvalidInput(new Violation(field, rule, rule + ": " + label + " " + messages.get(code, args)));
    }
}
