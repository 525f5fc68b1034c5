package io.hearthguard.discovery.internal;

/**
 * A MAC → value map whose lookup does not allocate: open addressing over an array of
 * immutable entries. One writer at a time (the caller's lock); any number of readers
 * without locking. Readers see each entry either before or after a write, never half.
 */
final class MacTable<V> {
    private record Entry<V>(long mac, V value) {
    }

    private volatile Object[] slots = new Object[64];
    private int size;

    /** @return the value for {@code mac}, or null; allocation-free */
    @SuppressWarnings("unchecked")
    V get(long mac) {
        Object[] s = slots;
        int mask = s.length - 1;
        for (int i = hash(mac) & mask, n = 0; n < s.length; i = (i + 1) & mask, n++) {
            Entry<V> e = (Entry<V>) s[i];
            if (e == null) {
                return null;
            }
            if (e.mac == mac) {
                return e.value;
            }
        }
        return null;
    }

    /** Sets or replaces; a null value keeps the key with no value (use {@link #rebuildWithout}). */
    @SuppressWarnings("unchecked")
    void put(long mac, V value) {
        Object[] s = slots;
        if ((size + 1) * 2 > s.length) {
            s = grow(s);
        }
        int mask = s.length - 1;
        for (int i = hash(mac) & mask;; i = (i + 1) & mask) {
            Entry<V> e = (Entry<V>) s[i];
            if (e == null) {
                s[i] = new Entry<>(mac, value);
                size++;
                slots = s; // volatile write publishes the slot
                return;
            }
            if (e.mac == mac) {
                s[i] = new Entry<>(mac, value);
                slots = s;
                return;
            }
        }
    }

    /** Removes keys by rebuilding the table (removal is rare: merges and deletions). */
    @SuppressWarnings("unchecked")
    void remove(long mac) {
        Object[] s = slots;
        Object[] n = new Object[s.length];
        int count = 0;
        int mask = n.length - 1;
        for (Object o : s) {
            Entry<V> e = (Entry<V>) o;
            if (e == null || e.mac == mac) {
                continue;
            }
            int i = hash(e.mac) & mask;
            while (n[i] != null) {
                i = (i + 1) & mask;
            }
            n[i] = e;
            count++;
        }
        size = count;
        slots = n;
    }

    @SuppressWarnings("unchecked")
    private Object[] grow(Object[] s) {
        Object[] n = new Object[s.length * 2];
        int mask = n.length - 1;
        for (Object o : s) {
            if (o == null) {
                continue;
            }
            Entry<V> e = (Entry<V>) o;
            int i = hash(e.mac) & mask;
            while (n[i] != null) {
                i = (i + 1) & mask;
            }
            n[i] = e;
        }
        slots = n;
        return n;
    }

    private static int hash(long mac) {
        long h = mac * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
