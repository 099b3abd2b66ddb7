package org.souk.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An image of the store at an address that names it by its key (solution media, partner logos): a key names its
 * bytes (SHA-256), so the answer never changes, is cached for a year ({@code immutable}) and has the key as its ETag.
 * Whether the image may be shown at that address is the caller's to ask first.
 */
public final class ImageAnswers {

    private ImageAnswers() {
    }

    /** 304 when the browser has it, else the image with its type read from its first bytes; empty when not stored. */
    public static Optional<ResponseEntity<InputStreamResource>> of(BlobStore blobs, String key, String ifNoneMatch) {
        CacheControl forever = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (('"' + key + '"').equals(ifNoneMatch)) {
            return Optional.of(ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(forever).eTag(key).build());
        }
        return blobs.open(key).map(BufferedInputStream::new).map(content -> ResponseEntity.ok().cacheControl(forever)
                .eTag(key).header("X-Content-Type-Options", "nosniff").contentType(imageType(content))
                .body(new InputStreamResource(content)));
    }

    /** The images were checked as PNG or JPEG when uploaded (older ones may be GIF or WebP); the first bytes say which. */
    private static MediaType imageType(InputStream content) {
        byte[] head = new byte[12];
        try {
            content.mark(head.length);
            int read = content.readNBytes(head, 0, head.length);
            content.reset();
            if (read >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return MediaType.IMAGE_PNG;
            }
            if (read >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
                return MediaType.IMAGE_JPEG;
            }
            if (read >= 3 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
                return MediaType.IMAGE_GIF;
            }
            if (read >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
                return MediaType.parseMediaType("image/webp");
            }
            return MediaType.APPLICATION_OCTET_STREAM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
