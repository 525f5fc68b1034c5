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
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.Shared;

/** Replay through the hub: observers registered now see the file, and the session is published while it runs. */
class TrafficHubTest {

    @Test
    void replayFeedsTheRegisteredObserversAndPublishesTheSessionWhileItRuns() throws Exception {
        List<String> calls = new ArrayList<>();
        ServiceRegistration<?> reg = (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (p, m, a) -> {
                    calls.add(m.getName());
                    return null;
                });
        BundleContext ctx = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, a) -> {
                    if (m.getName().equals("registerService")) {
                        calls.add("register " + ((CaptureSession) a[1]).source());
                        return reg;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        TrafficHub hub = new TrafficHub(ctx);
        List<FlowRecord> flows = new ArrayList<>();
        TrafficObserver o = new TrafficObserver() {
            @Override
            public void flow(FlowRecord f) {
                flows.add(f);
            }
        };
        hub.addObserver(o, Map.of());
        var file = Shared.pcap("zeek/tls__tls1.2.pcap");
        long t0 = System.nanoTime();
        Session s = hub.replay(file, true, () -> false);
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(22, s.received());
        assertEquals(s.received(), s.processed() + s.dropped());
        assertTrue(wallMs >= 3000, "paced replay follows the 3.3 s of capture time: " + wallMs + " ms");
        assertEquals(List.of("register " + file, "unregister"), calls);
        assertEquals(FlowRecord.Phase.ENDED, flows.get(flows.size() - 1).phase());
        hub.removeObserver(o);
        assertTrue(hub.observers().isEmpty());
    }
}
