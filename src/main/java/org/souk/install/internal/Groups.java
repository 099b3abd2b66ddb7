package org.souk.install.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Requests of the token endpoint and {@code /rest/} that one thread handles together: a request thread queues its
 * item and waits for the item's future; the thread takes every item waiting (up to {@link #MOST}) and hands them to
 * {@link #handle} as one group, which completes each. Nothing waits on purpose: a group is whatever queued while the
 * previous one was handled, one item when the endpoint is quiet. Stopped after the web server (a lower phase stops
 * later): the items left are handled, none is dropped.
 *
 * @param <T> an item: what one request asks, with the future its answer completes
 */
abstract class Groups<T extends Groups.Item<?>> implements SmartLifecycle {

    /** The most items one group takes: enough to amortise a round trip, few enough for one statement's list. */
    static final int MOST = 128;
    private static final Logger LOG = LoggerFactory.getLogger(Groups.class);

    /** What one request asks; {@code done} completes with its answer. */
    interface Item<R> {
        CompletableFuture<R> done();
    }

    private final String name;
    private final BlockingQueue<T> queue = new ArrayBlockingQueue<>(4 * MOST);
    private volatile boolean running;
    private Thread worker;

    Groups(String name) {
        this.name = name;
    }

    /** Handles the group (on the worker thread, or alone on the caller's when stopped) and completes every item. */
    abstract void handle(List<T> group);

    /**
     * {@code SELECT … IN (?)}, {@code IN (?, ?)}, … with 1, 2, 4 … {@link #MOST} placeholders: a group's values
     * fill the smallest that holds them (the last value repeated), so a node prepares eight statements, not one per
     * group size.
     */
    static String[] inLists(String select) {
        String[] statements = new String[Integer.numberOfTrailingZeros(MOST) + 1];
        for (int i = 0; i < statements.length; i++) {
            statements[i] = select + " IN (" + String.join(", ", Collections.nCopies(1 << i, "?")) + ")";
        }
        return statements;
    }

    /** The smallest of {@link #inLists}' statements that holds the values, prepared with them. */
    static PreparedStatement prepareInList(Connection connection, String[] statements, List<String> values)
            throws SQLException {
        int size = Integer.highestOneBit(values.size());
        int list = Integer.numberOfTrailingZeros(size == values.size() ? size : size << 1);
        PreparedStatement statement = connection.prepareStatement(statements[list]);
        for (int k = 0; k < 1 << list; k++) {
            statement.setString(k + 1, values.get(Math.min(k, values.size() - 1)));
        }
        return statement;
    }

    /** Queues the item, waits for its answer and returns it; an answer that is a refusal is thrown as it is. */
    <R> R answer(T item, CompletableFuture<R> done) {
        if (!running) {
            handle(List.of(item));
        } else {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted before " + name + " took the request", e);
            }
            // stopped meanwhile: the worker may have drained the queue before this one came; handle it here then
            if (!running && queue.remove(item)) {
                handle(List.of(item));
            }
        }
        try {
            return done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void work() {
        List<T> group = new ArrayList<>(MOST);
        while (running || !queue.isEmpty()) {
            try {
                T first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MOST - 1);
                handle(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // handle() completes every item it took; this is only a last guard for the thread itself
                LOG.error("{} failed", name, e);
            } finally {
                group.clear();
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::work, name);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker = null;
        List<T> left = new ArrayList<>();
        queue.drainTo(left);
        for (T item : left) {
            handle(List.of(item));
        }
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
