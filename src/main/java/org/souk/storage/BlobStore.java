package org.souk.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed storage of icons, screenshots and archives. A blob's key is the lower-case hex
 * SHA-256 of its bytes: storing the same bytes twice stores them once and gives the same key. Blobs are
 * streamed, never held in memory whole.
 *
 * <p>Every method that takes a key refuses ({@link IllegalArgumentException}) anything but 64 lower-case hex
 * digits, so that no key can reach outside the store's folder or bucket. Check untrusted input with
 * {@link #isKey(String)} first to answer "not found" instead.
 */
public interface BlobStore {

    /** Stored when {@link #put} is given no content type. */
    String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    /**
     * Streams the content to a temporary file while computing its SHA-256 and stores it under that key
     * (nothing is written again if the key is already stored). Reads at most {@code maxBytes + 1} bytes
     * of {@code content} and does not close it.
     *
     * @param maxBytes the largest size accepted, in bytes
     * @param contentType the media type, e.g. {@code image/png}; {@code null} for {@value #DEFAULT_CONTENT_TYPE}
     * @throws BlobTooLarge if the content has more than {@code maxBytes} bytes; then nothing is stored
     * @throws java.io.UncheckedIOException if reading the content or writing the blob fails; nothing is stored
     */
    Blob put(InputStream content, long maxBytes, String contentType);

    /** The blob's bytes, to be closed by the caller, or empty if no blob has the key. */
    Optional<InputStream> open(String key);

    boolean exists(String key);

    /** Removes the blob if it is there; removing an absent blob does nothing. */
    void delete(String key);

    /** Whether the text has the form of a key: 64 lower-case hex digits. */
    static boolean isKey(String key) {
        if (key == null || key.length() != 64) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The key itself, or an {@link IllegalArgumentException} if it does not have the form of a key. */
    static String requireKey(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a blob key (64 lower-case hex digits): " + printable(key));
        }
        return key;
    }

    private static String printable(String key) {
        if (key == null) {
            return "null";
        }
        String shown = key.length() > 80 ? key.substring(0, 80) + "…" : key;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
