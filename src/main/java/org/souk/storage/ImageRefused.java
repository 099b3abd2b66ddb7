package org.souk.storage;

/**
 * An uploaded image that {@link Images} will not take: not a JPEG or PNG, too large, empty, damaged, or with absurd
 * dimensions. {@link #code()} is a message code ({@code error.image.*}, texts in i18n/storage) whose sentence
 * follows the field's label: "Icon" + " is damaged: the checksum of its IHDR chunk is wrong.".
 */
public class ImageRefused extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public ImageRefused(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
