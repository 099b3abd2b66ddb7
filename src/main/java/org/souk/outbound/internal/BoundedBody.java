package org.souk.outbound.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body up to a bound; at the bound it stops reading (the connection is given up) and
 * keeps what it has, marked as cut.
 */
public final class BoundedBody implements HttpResponse.BodySubscriber<BoundedBody.Bytes> {

    /** The body read, and whether it was cut at the bound. */
    public record Bytes(byte[] bytes, boolean truncated) {
    }

    private final long max;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    public BoundedBody(long max) {
        this.max = max;
    }

    public static HttpResponse.BodyHandler<Bytes> handler(long max) {
        return info -> new BoundedBody(max);
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = (int) Math.min(Integer.MAX_VALUE, max - out.size());
            int take = Math.min(room, item.remaining());
            byte[] chunk = new byte[take];
            item.get(chunk);
            out.write(chunk, 0, take);
            if (item.hasRemaining()) {
                result.complete(new Bytes(out.toByteArray(), true));
                subscription.cancel();
                return;
            }
        }
    }

    @Override
    public synchronized void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public synchronized void onComplete() {
        result.complete(new Bytes(out.toByteArray(), false));
    }
}
