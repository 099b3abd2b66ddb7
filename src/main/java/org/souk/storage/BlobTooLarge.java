package org.souk.storage;

import org.springframework.context.MessageSourceResolvable;

/**
 * The content given to {@link BlobStore#put} was larger than the limit; nothing was stored. Resolvable
 * against the message source (code {@code storage.blob-too-large}, arguments: the limit in bytes and in
 * megabytes), so a page or a problem detail can show it in the user's language.
 */
public class BlobTooLarge extends RuntimeException implements MessageSourceResolvable {

    public static final String CODE = "storage.blob-too-large";

    private final long limit;

    public BlobTooLarge(long limit) {
        super("content exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit in bytes that the content exceeded. */
    public long limit() {
        return limit;
    }

    @Override
    public String[] getCodes() {
        return new String[] {CODE};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {limit, limit / (1024.0 * 1024.0)};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
