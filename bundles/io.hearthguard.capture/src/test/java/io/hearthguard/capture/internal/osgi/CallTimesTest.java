package io.hearthguard.capture.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hearthguard.platform.metrics.MetricSink;

class CallTimesTest {

    @Test
    void bucketsArePowersOfTwoNanosFromOneMicrosecondUp() {
        assertEquals(0, CallTimes.bucket(0));
        assertEquals(0, CallTimes.bucket(1024));
        assertEquals(1, CallTimes.bucket(1025));
        assertEquals(1, CallTimes.bucket(2048));
        assertEquals(17, CallTimes.bucket(100_000_000L)); // 100 ms <= 2^27 ns = 134 ms
        assertEquals(16, CallTimes.bucket(1L << 26));
        assertEquals(CallTimes.BUCKETS - 2, CallTimes.bucket(1L << 31));
        assertEquals(CallTimes.BUCKETS - 1, CallTimes.bucket((1L << 31) + 1));
        assertEquals(CallTimes.BUCKETS - 1, CallTimes.bucket(Long.MAX_VALUE));
    }

    @Test
    void metricsAreCumulativeCountsWithTheirUpperBoundInSecondsAndTheMaximum() {
        CallTimes t = new CallTimes();
        t.record(500);          // <= 1.024 µs
        t.record(3_000);        // <= 4.096 µs
        t.record(3_000);
        t.record(150_000_000L); // <= 268 ms
        Map<String, Double> le = new LinkedHashMap<>();
        double[] max = {-1};
        t.metrics(new MetricSink() {
            @Override
            public void counter(String name, String help, double value, String... labels) {
                assertEquals("hearthguard_capture_live_packet_calls_total", name);
                le.put(labels[1], value);
            }

            @Override
            public void gauge(String name, String help, double value, String... labels) {
                assertEquals("hearthguard_capture_live_packet_seconds_max", name);
                max[0] = value;
            }
        });
        assertEquals(CallTimes.BUCKETS, le.size());
        assertEquals(1.0, le.get("1.024E-6"));
        assertEquals(1.0, le.get("2.048E-6"));
        assertEquals(3.0, le.get("4.096E-6"));
        assertEquals(3.0, le.get("0.134217728"));
        assertEquals(4.0, le.get("0.268435456"));
        assertEquals(4.0, le.get("+Inf"));
        assertEquals(0.15, max[0], 1e-9);
    }
}
