package io.hearthguard.notify.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.hearthguard.api.notify.DeliveryException;
import io.hearthguard.api.notify.NotificationChannel;

/**
 * The delivery thread of one channel: moves its journal entries into its queue, turns
 * held-back notifications into digests, and delivers the queue head until the channel
 * confirms it, retrying with exponential backoff. A channel that keeps failing only delays
 * its own queue. Retry times are wall-clock millis of this machine (they survive restarts).
 */
final class ChannelWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(ChannelWorker.class.getName());
    /** How often the worker looks at the journal and the held rows without being woken. */
    static final long POLL_MILLIS = 1_000;
    /** Most notifications delivered before their removal is committed. */
    static final int BATCH = 50;

    final String id;
    final NotificationChannel channel;
    final ChannelPolicy policy;
    private final Outbox outbox;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final RateLimiter limiter = new RateLimiter();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean signalled;
    private volatile boolean running = true;
    private final Thread thread;

    ChannelWorker(String id, NotificationChannel channel, ChannelPolicy policy, Outbox outbox, Duration backoffBase,
            Duration backoffMax) {
        this.id = id;
        this.channel = channel;
        this.policy = policy;
        this.outbox = outbox;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.thread = new Thread(this, "hearthguard-notify-" + id);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    RateLimiter limiter() {
        return limiter;
    }

    /** Makes the worker look at its queue now. */
    void wake() {
        lock.lock();
        try {
            signalled = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread; the queue stays in the store. */
    void stop() {
        running = false;
        wake();
        try {
            thread.join(5_000);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void await(long millis) {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(Math.max(1, millis));
            while (!signalled && running && nanos > 0) {
                nanos = woken.awaitNanos(nanos);
            }
            signalled = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private long backoff(int attempts) {
        long base = backoffBase.toMillis();
        long d = base << Math.min(attempts, 30);
        return Math.min(d <= 0 ? Long.MAX_VALUE : d, backoffMax.toMillis());
    }

    @Override
    public void run() {
        while (running) {
            try {
                while (outbox.pump(id, policy, limiter) > 0 && running) {
                    // drain the journal backlog before delivering
                }
                outbox.digest(id, policy, limiter);
                List<Outbox.Row> batch = outbox.next(id, BATCH);
                if (batch.isEmpty()) {
                    await(POLL_MILLIS);
                    continue;
                }
                long wait = batch.get(0).nextAttempt() - System.currentTimeMillis();
                if (wait > 0) {
                    await(Math.min(wait, POLL_MILLIS));
                    continue;
                }
                deliverInOrder(batch);
            } catch (RuntimeException e) {
                // the store failed (disk full, closed): keep the thread, try again shortly
                LOG.log(Level.WARNING, "notification channel " + id + ": " + e.getMessage(), e);
                await(POLL_MILLIS);
            }
        }
    }

    /**
     * Delivers rows in order until one fails, then removes the confirmed ones in one
     * transaction. A crash before that removal only re-sends them (same ids).
     */
    private void deliverInOrder(List<Outbox.Row> batch) {
        List<Long> confirmed = new ArrayList<>(batch.size());
        boolean committed = false;
        try {
            for (Outbox.Row r : batch) {
                if (!running || r.nextAttempt() > System.currentTimeMillis()) {
                    break;
                }
                if (r.notification() == null) {
                    outbox.park(r.row(), "unreadable payload");
                    continue;
                }
                if (!deliver(r)) {
                    break;
                }
                confirmed.add(r.row());
            }
            // the common case: remove what was confirmed and take in what arrived meanwhile, in one commit
            outbox.confirmAndPump(confirmed, id, policy, limiter);
            committed = true;
        } finally {
            if (!committed) {
                outbox.confirm(confirmed);
            }
        }
    }

    /** @return true when the channel confirmed it */
    private boolean deliver(Outbox.Row r) {
        try {
            channel.deliver(r.notification());
            return true;
        } catch (DeliveryException e) {
            if (e.permanent()) {
                LOG.warning(() -> "notification " + r.notification().id() + " to channel " + id + " rejected for good, parked: "
                        + e.getMessage());
                outbox.park(r.row(), e.getMessage());
            } else {
                long delay = backoff(r.attempts());
                LOG.info(() -> "notification " + r.notification().id() + " to channel " + id + " not confirmed (attempt "
                        + (r.attempts() + 1) + "), retry in " + delay + " ms: " + e.getMessage());
                outbox.retryLater(r.row(), e.getMessage(), System.currentTimeMillis() + delay);
            }
            return false;
        } catch (RuntimeException e) {
            long delay = backoff(r.attempts());
            LOG.log(Level.WARNING, "channel " + id + " failed unexpectedly on " + r.notification().id() + ", retry in " + delay
                    + " ms", e);
            outbox.retryLater(r.row(), e.toString(), System.currentTimeMillis() + delay);
            return false;
        }
    }
}
