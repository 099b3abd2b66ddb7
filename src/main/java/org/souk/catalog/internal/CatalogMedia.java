package org.souk.catalog.internal;

import org.souk.storage.BlobStore;
import org.souk.storage.ImageAnswers;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
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
        return ImageAnswers.of(blobs, key, ifNoneMatch).orElseThrow(() -> new NotFound(messages.get("error.media.unknown")));
    }
}
