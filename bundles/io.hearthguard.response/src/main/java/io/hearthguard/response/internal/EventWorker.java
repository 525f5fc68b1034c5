package io.hearthguard.response.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One daemon thread behind a bounded queue, so that EventAdmin's thread never waits for a
 * gateway change or a name lookup. Work that does not fit is dropped with a log line.
 */
final class EventWorker {
    private static final Logger LOG = Logger.getLogger(EventWorker.class.getName());
    static final int QUEUE = 1_024;

    private final String name;
    private final ThreadPoolExecutor executor;

    EventWorker(String name) {
        this.name = name;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues work; {@code what} names it in the log line when it is dropped. */
    void submit(String what, Runnable work) {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException e) {
            LOG.warning(name + ": queue full or stopped; dropped " + what);
        }
    }

    /** Stops the thread (from {@code @Deactivate}); waits up to 5 s. */
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
