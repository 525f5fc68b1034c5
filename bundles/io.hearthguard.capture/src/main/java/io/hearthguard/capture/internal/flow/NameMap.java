package io.hearthguard.capture.internal.flow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Address → DNS name learned from answers seen, bounded (least recently used entries go).
 * Keys are the 128-bit address folded to a long (IPv4 exact; IPv6 hashed).
 */
public final class NameMap {
    private final int max;
    private final Map<Long, String> map;

    public NameMap(int max) {
        this.max = max;
        this.map = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> e) {
                return size() > NameMap.this.max;
            }
        };
    }

    public static long key(long hi, long lo) {
        return hi == 0 ? lo : (hi * 0x9E3779B97F4A7C15L) ^ lo ^ Long.MIN_VALUE;
    }

    public void put(long hi, long lo, String name) {
        map.put(key(hi, lo), name);
    }

    public String get(long hi, long lo) {
        return map.isEmpty() ? null : map.get(key(hi, lo));
    }

    public int size() {
        return map.size();
    }
}
