package io.hearthguard.hygiene.internal;

import java.util.concurrent.TimeUnit;

/**
 * Spaces out events: at most one per {@code intervalNanos}, shared by every thread that
 * calls {@link #acquire()}. Used for the connects of a check (global rate) and for the
 * login attempts against one host. Thread-safe.
 */
final class Throttle {
    private final long intervalNanos;
    private long next;

    /** @param perSecond events per second, above 0 */
    static Throttle perSecond(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be above 0: " + perSecond);
        }
        return new Throttle((long) (1_000_000_000L / perSecond));
    }

    static Throttle every(long millis) {
        return new Throttle(TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis)));
    }

    private Throttle(long intervalNanos) {
        this.intervalNanos = intervalNanos;
        this.next = System.nanoTime();
    }

    /** Waits for the next slot. @throws InterruptedException when interrupted while waiting */
    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
