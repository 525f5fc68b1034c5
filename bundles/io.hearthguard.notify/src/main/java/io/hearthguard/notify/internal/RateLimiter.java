package io.hearthguard.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * A sliding one-hour window of admissions. In memory: a restart forgets the window, which
 * can at worst let one extra hour's worth through. Thread-safe.
 */
final class RateLimiter {
    private static final long WINDOW = Duration.ofHours(1).toMillis();
    private final ArrayDeque<Long> admitted = new ArrayDeque<>();

    /** @return true and counts the admission when fewer than {@code max} happened in the last hour; max 0 = unlimited */
    synchronized boolean tryAcquire(int max, Instant now) {
        if (max <= 0) {
            return true;
        }
        long t = now.toEpochMilli();
        while (!admitted.isEmpty() && admitted.peekFirst() <= t - WINDOW) {
            admitted.pollFirst();
        }
        if (admitted.size() >= max) {
            return false;
        }
        admitted.addLast(t);
        return true;
    }

    /** Counts an admission that bypasses the limit (critical). */
    synchronized void record(Instant now) {
        admitted.addLast(now.toEpochMilli());
    }
}
