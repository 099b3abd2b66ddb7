package org.souk.storage;

import java.util.Objects;

/**
 * A stored blob: its key (the lower-case hex SHA-256 of its bytes), its size in bytes and the content
 * type it was stored with.
 */
public record Blob(String key, long size, String contentType) {

    public Blob {
        BlobStore.requireKey(key);
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        Objects.requireNonNull(contentType, "contentType");
    }
}
