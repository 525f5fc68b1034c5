package io.hearthguard.dns.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client address: {@code rate} queries a second on average, bursts up to
 * {@code burst}. Remembers at most {@code maxClients} addresses (the least recently seen is
 * forgotten first), so a flood from spoofed addresses cannot grow it.
 */
final class ClientLimiter {
    private final double rate;
    private final double burst;
    private final Map<String, double[]> buckets; // {tokens, lastNanos}

    ClientLimiter(int rate, int burst, int maxClients) {
        if (rate < 1 || burst < rate || maxClients < 1) {
            throw new IllegalArgumentException("rate ≥ 1, burst ≥ rate and maxClients ≥ 1 needed, was " + rate + ", " + burst + ", " + maxClients);
        }
        this.rate = rate;
        this.burst = burst;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** @return true when the client may be answered now (one token taken) */
    synchronized boolean allow(String client, long nowNanos) {
        double[] b = buckets.get(client);
        if (b == null) {
            buckets.put(client, new double[] {burst - 1, nowNanos});
            return true;
        }
        double elapsed = Math.max(0, nowNanos - (long) b[1]) / 1e9;
        b[0] = Math.min(burst, b[0] + elapsed * rate);
        b[1] = nowNanos;
        if (b[0] >= 1) {
            b[0] -= 1;
            return true;
        }
        return false;
    }

    synchronized int clients() {
        return buckets.size();
    }
}
