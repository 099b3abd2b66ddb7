package org.souk.cluster;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * What a node keeps in memory off the request threads (counters, logs) and writes in batches on a thread of its own, every
 * {@code every}: each node writes its own, so it is not a {@code @Scheduled} job under the cluster-wide lock. Stopped
 * after the web server (a lower phase stops later) with a last flush, so that the last calls are written too.
 */
public abstract class NodeFlusher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(NodeFlusher.class);

    private final String name;
    private final Duration every;
    private ScheduledExecutorService flusher;

    protected NodeFlusher(String name, Duration every) {
        this.name = name;
        this.every = every;
    }

    /** Writes what the node holds; what it cannot write it keeps or counts as lost, as the subclass says. */
    protected abstract void flush();

    @Override
    public synchronized void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        flusher.shutdown();
        try {
            flusher.awaitTermination(Math.max(every.toSeconds(), 5), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flusher = null;
        flushQuietly();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public synchronized boolean isRunning() {
        return flusher != null;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("{} failed", name, e);
        }
    }
}
