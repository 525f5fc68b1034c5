package io.hearthguard.web.internal;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Login and setup rate limiting per key (client address, user name). An attempt is counted
 * <em>before</em> the password is checked ({@link #acquire}), so parallel guesses cannot get
 * more checks than the budget: within {@value #WINDOW_SECONDS} s a key gets {@value #FREE}
 * attempts; while they are being checked it is locked, and once the {@value #FREE}th has
 * failed it stays locked for 1 s from then, each further failure twice as long as the last
 * (at most 15 min). A success clears the keys. Bounded: the least recently
 * used keys are forgotten beyond {@value #MAX_KEYS}.
 */
final class Throttle {
    static final int FREE = 5;
    static final long WINDOW_SECONDS = 900;
    static final long MAX_LOCK_SECONDS = 900;
    static final int MAX_KEYS = 10_000;

    private static final class Entry {
        int failures;
        int inFlight;
        long firstFailure;
        long lockedUntil;
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** @return seconds the key must still wait, 0 when it may try now */
    synchronized long waitSeconds(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return 0;
        }
        long now = clock.millis();
        long wait = e.lockedUntil > now ? (e.lockedUntil - now + 999) / 1000 : 0;
        if (e.inFlight > 0 && e.failures >= FREE) {
            // the budget is spent on checks still running: locked until they end, and then some
            wait = Math.max(wait, lockSeconds(e.failures));
        }
        return wait;
    }

    /**
     * Atomically: when none of the keys is locked, counts one attempt against each and
     * returns 0 — the caller then reports {@link #failed} or {@link #success}; otherwise
     * counts nothing and returns the seconds to wait.
     */
    synchronized long acquire(String... keys) {
        long wait = 0;
        for (String k : keys) {
            wait = Math.max(wait, waitSeconds(k));
        }
        if (wait > 0) {
            return wait;
        }
        long now = clock.millis();
        for (String k : keys) {
            Entry e = count(k, now);
            e.inFlight++;
        }
        return 0;
    }

    /** The attempt taken with {@link #acquire} failed: the lock (if the budget is spent) runs from now. */
    synchronized void failed(String... keys) {
        long now = clock.millis();
        for (String k : keys) {
            Entry e = entries.get(k);
            if (e != null) {
                e.inFlight = Math.max(0, e.inFlight - 1);
                lock(e, now);
            }
        }
    }

    /** Counts one failure against the key, locking it once the budget is spent. */
    synchronized void failure(String key) {
        long now = clock.millis();
        lock(count(key, now), now);
    }

    synchronized void success(String... keys) {
        for (String k : keys) {
            entries.remove(k);
        }
    }

    private Entry count(String key, long now) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        if (e.failures == 0 || now - e.firstFailure > WINDOW_SECONDS * 1000) {
            e.failures = 0;
            e.firstFailure = now;
        }
        e.failures++;
        if (entries.size() > MAX_KEYS) {
            Iterator<String> it = entries.keySet().iterator();
            it.next();
            it.remove();
        }
        return e;
    }

    private static void lock(Entry e, long now) {
        if (e.failures >= FREE) {
            e.lockedUntil = Math.max(e.lockedUntil, now + lockSeconds(e.failures) * 1000);
        }
    }

    private static long lockSeconds(int failures) {
        return Math.min(MAX_LOCK_SECONDS, 1L << Math.min(20, Math.max(0, failures - FREE)));
    }
}
