package org.souk.catalog.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.souk.storage.BlobStore;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The icon and screenshots of listed solutions, for everyone; any other blob (an archive, a draft's image,
 * a hidden solution's images) is "not found". A key names its bytes (SHA-256), so an answer never changes
 * and may be cached for a year; the key is its ETag (a revalidation still asks whether the solution is listed).
 */
@Controller
class CatalogMedia {

    private final CatalogReader reader;
    private final BlobStore blobs;
    private final Messages messages;

    CatalogMedia(CatalogReader reader, BlobStore blobs, Messages messages) {
        this.reader = reader;
        this.blobs = blobs;
        this.messages = messages;
    }

    @GetMapping("/apps/{code}/media/{key}")
    ResponseEntity<InputStreamResource> media(@PathVariable String code, @PathVariable String key,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!BlobStore.isKey(key) || !reader.showsMedia(code, key)) {
            throw new NotFound(messages.get("error.media.unknown"));
        }
        CacheControl forever = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (('"' + key + '"').equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(forever).eTag(key).build();
        }
        InputStream content = new BufferedInputStream(blobs.open(key)
                .orElseThrow(() -> new NotFound(messages.get("error.media.unknown"))));
        return ResponseEntity.ok().cacheControl(forever).eTag(key)
                .header("X-Content-Type-Options", "nosniff").contentType(imageType(content))
                .body(new InputStreamResource(content));
    }

    /** The images were checked as PNG, JPEG, GIF or WebP when uploaded (C-19, C-20); the first bytes say which. */
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
