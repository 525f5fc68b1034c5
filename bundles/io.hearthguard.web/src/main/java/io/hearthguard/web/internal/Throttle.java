package io.hearthguard.web.internal;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Login and setup rate limiting per key (client address, user name): the first
 * {@value #FREE} failures within {@value #WINDOW_SECONDS} s are free, after that each failure
 * locks the key for twice as long as the last (1 s, 2 s, 4 s … at most 15 min). A success
 * clears the key. Bounded: the oldest keys are forgotten beyond {@value #MAX_KEYS}.
 */
final class Throttle {
    static final int FREE = 5;
    static final long WINDOW_SECONDS = 900;
    static final long MAX_LOCK_SECONDS = 900;
    static final int MAX_KEYS = 10_000;

    private static final class Entry {
        int failures;
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
        return e.lockedUntil > now ? (e.lockedUntil - now + 999) / 1000 : 0;
    }

    synchronized void failure(String key) {
        long now = clock.millis();
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        if (e.failures == 0 || now - e.firstFailure > WINDOW_SECONDS * 1000) {
            e.failures = 0;
            e.firstFailure = now;
        }
        e.failures++;
        if (e.failures > FREE) {
            long lock = Math.min(MAX_LOCK_SECONDS, 1L << Math.min(20, e.failures - FREE - 1));
            e.lockedUntil = now + lock * 1000;
        }
        if (entries.size() > MAX_KEYS) {
            Iterator<String> it = entries.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    synchronized void success(String key) {
        entries.remove(key);
    }
}
