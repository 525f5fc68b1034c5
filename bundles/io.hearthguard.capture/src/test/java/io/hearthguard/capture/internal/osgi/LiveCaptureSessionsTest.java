package io.hearthguard.capture.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Shared;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;
import io.hearthguard.platform.metrics.MetricSink;

/**
 * Live capture in the hub starts before most observers exist (the protection host waits for
 * the store). Driven here by a real capture file standing in for libpcap: an observer that
 * registers while the capture runs gets the traffic from then on, and every packet is counted
 * once over the sessions.
 */
class LiveCaptureSessionsTest {

    static TrafficHub hub() {
        ServiceRegistration<?> reg = (ServiceRegistration<?>) Proxy.newProxyInstance(LiveCaptureSessionsTest.class.getClassLoader(),
                new Class<?>[] { ServiceRegistration.class }, (p, m, a) -> null);
        BundleContext ctx = (BundleContext) Proxy.newProxyInstance(LiveCaptureSessionsTest.class.getClassLoader(), new Class<?>[] { BundleContext.class },
                (p, m, a) -> {
                    if (m.getName().equals("registerService")) {
                        return reg;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return new TrafficHub(ctx);
    }

    static long counter(TrafficHub hub, String name, String live) {
        long[] v = {0};
        hub.metrics(new MetricSink() {
            @Override
            public void counter(String n, String help, double value, String... labels) {
                if (n.equals(name) && labels[1].equals(live) && labels.length == 2) {
                    v[0] += (long) value;
                }
            }

            @Override
            public void gauge(String n, String help, double value, String... labels) {
            }
        });
        return v[0];
    }

    @Test
    void anObserverRegisteredWhileLiveCaptureRunsGetsTheTrafficAndNoPacketIsCountedTwice() throws Exception {
        TrafficHub hub = hub();
        List<String> seen = new ArrayList<>();
        TrafficObserver late = new TrafficObserver() {
            @Override
            public void sessionStarted(CaptureSession s) {
                seen.add("started");
            }

            @Override
            public void flow(FlowRecord f) {
                seen.add("flow " + f.phase());
            }

            @Override
            public void sessionEnded(CaptureSession s) {
                seen.add("ended");
            }
        };
        try (PacketSource file = CaptureFiles.open(Shared.pcap("zeek/tls__tls1.2.pcap"))) {
            int[] read = {0};
            PacketSource source = new PacketSource() {
                @Override
                public boolean next(RawPacket p) throws java.io.IOException {
                    if (read[0] == 3) {
                        hub.addObserver(late, Map.of()); // the protection host arrives after three packets
                    }
                    boolean more = file.next(p);
                    read[0] += more ? 1 : 0;
                    return more;
                }

                @Override
                public void close() {
                }
            };
            LiveCapture.pump(hub, 1024, "test0", source, () -> 7, () -> false);
        }
        assertEquals("started", seen.get(0), seen.toString());
        assertEquals("ended", seen.get(seen.size() - 1), seen.toString());
        assertTrue(seen.contains("flow ENDED"), "the late observer saw the connection: " + seen);
        // 22 packets over the two sessions, each once; the handle's 7 kernel drops counted once too
        assertEquals(22, counter(hub, "hearthguard_capture_packets_processed_total", "true"));
        assertEquals(22 + 7, counter(hub, "hearthguard_capture_packets_received_total", "true"));
        assertEquals(0, counter(hub, "hearthguard_capture_packets_received_total", "false"));
    }
}
