package io.hearthguard.fleet.aggregator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hub-publish to view lag of finding messages (the message's {@code sent} to the moment the
 * view applied it; both clocks are the same machine's in tests and benchmarks). Keeps the last
 * {@value #CAPACITY} samples. Thread-safe.
 */
public final class LagRecorder {
    static final int CAPACITY = 1 << 20;
    private final long[] samples = new long[CAPACITY];
    private long count;

    public synchronized void record(long nanos) {
        samples[(int) (count++ % CAPACITY)] = nanos;
    }

    public synchronized void reset() {
        count = 0;
    }

    /** @return count and p50/p90/p99/max in milliseconds */
    public synchronized Map<String, Object> percentiles() {
        int n = (int) Math.min(count, CAPACITY);
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        if (n > 0) {
            m.put("p50", s[(int) (n * 0.50)] / 1e6);
            m.put("p90", s[Math.min(n - 1, (int) (n * 0.90))] / 1e6);
            m.put("p99", s[Math.min(n - 1, (int) (n * 0.99))] / 1e6);
            m.put("max", s[n - 1] / 1e6);
        }
        return m;
    }
}
