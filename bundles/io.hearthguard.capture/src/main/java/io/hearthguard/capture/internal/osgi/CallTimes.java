package io.hearthguard.capture.internal.osgi;

import java.util.concurrent.atomic.AtomicLongArray;

import io.hearthguard.platform.metrics.MetricSink;

/**
 * How long the live capture thread spends on each packet once libpcap has handed it over
 * (decoding, the flow table and every traffic observer's call): the time the capture thread
 * does not read the interface, so the time the kernel buffer has to cover. Counted in
 * power-of-two buckets from 1 µs to 2 s (and above), written by the one capture thread at a
 * time, read by {@code /metrics} as cumulative counters with an {@code at_most_seconds} label
 * (like a Prometheus histogram's buckets; not named {@code le}, which promtool reserves for
 * the histogram type that {@code MetricSink} does not offer).
 */
final class CallTimes {
    /** Upper bounds 2^10 ns (1.02 µs) … 2^31 ns (2.15 s), then everything above. */
    static final int FIRST_SHIFT = 10;
    static final int BUCKETS = 23;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private volatile long maxNanos;

    static int bucket(long nanos) {
        if (nanos <= 1L << FIRST_SHIFT) {
            return 0;
        }
        int bits = 64 - Long.numberOfLeadingZeros(nanos - 1); // smallest b with nanos <= 2^b
        return Math.min(BUCKETS - 1, bits - FIRST_SHIFT);
    }

    /** Counts one call; single writer (the capture thread), so get-then-set is enough. */
    void record(long nanos) {
        int b = bucket(Math.max(0, nanos));
        counts.lazySet(b, counts.get(b) + 1);
        if (nanos > maxNanos) {
            maxNanos = nanos;
        }
    }

    long count(int bucket) {
        return counts.get(bucket);
    }

    long maxNanos() {
        return maxNanos;
    }

    void metrics(MetricSink sink) {
        long cumulative = 0;
        for (int b = 0; b < BUCKETS; b++) {
            cumulative += counts.get(b);
            String le = b == BUCKETS - 1 ? "+Inf" : Double.toString((1L << (FIRST_SHIFT + b)) / 1e9);
            sink.counter("hearthguard_capture_live_packet_calls_total",
                    "Packets of live capture whose handling (decode, flows, observers) took at most at_most_seconds seconds on the capture thread", cumulative, "at_most_seconds", le);
        }
        sink.gauge("hearthguard_capture_live_packet_seconds_max", "Longest handling of one live packet on the capture thread since the hub started",
                maxNanos / 1e9);
    }
}
