package io.hearthguard.skills.internal;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A small table from phrase patterns to what the scan keeps for each (round 23, for scan speed): the pre-filters look up
 * their pattern on every call, and an {@link java.util.IdentityHashMap}'s identity hash was about 5 % of the scanning
 * thread's samples; a few dozen reference comparisons over one array cost less. Filled once at class initialisation,
 * then read only (safe to share between threads once published by the class's initialisation).
 *
 * @param <V> what is kept per pattern
 */
final class ByPattern<V> {
    private Pattern[] keys = new Pattern[0];
    private Object[] values = new Object[0];

    /** Adds or replaces; only while the owner initialises. */
    void put(Pattern p, V v) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == p) {
                values[i] = v;
                return;
            }
        }
        keys = Arrays.copyOf(keys, keys.length + 1);
        values = Arrays.copyOf(values, values.length + 1);
        keys[keys.length - 1] = p;
        values[values.length - 1] = v;
    }

    /** @return what is kept for this very pattern (by identity), or null */
    @SuppressWarnings("unchecked")
    V get(Pattern p) {
        Pattern[] k = keys;
        for (int i = 0; i < k.length; i++) {
            if (k[i] == p) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** @return the patterns, in the order they were put */
    Pattern[] keys() {
        return keys.clone();
    }
}
