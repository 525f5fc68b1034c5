package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.traffic.ActivityObserver;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.io.RawPacket;

/** The activity stream: bursts of chosen flows, nothing for the others. */
class ActivityStreamTest {
    static final long S = 1_000_000_000L;
    static final long MS = 1_000_000L;

    static final class Observer implements TrafficObserver, ActivityObserver {
        final int wantedPort;
        final List<FlowActivity> batches = new ArrayList<>();
        final Set<Long> wantedFlows = new HashSet<>();
        final List<String> order = new ArrayList<>();

        Observer(int wantedPort) {
            this.wantedPort = wantedPort;
        }

        @Override
        public boolean wantsActivity(FlowRecord f) {
            boolean w = f.responderPort() == wantedPort;
            if (w) {
                wantedFlows.add(f.flowId());
            }
            return w;
        }

        @Override
        public void activity(FlowActivity a) {
            batches.add(a);
            order.add("activity");
        }

        @Override
        public void sessionEnded(io.hearthguard.api.traffic.CaptureSession s) {
            order.add("ended");
        }

        List<long[]> bursts() {
            List<long[]> out = new ArrayList<>();
            for (FlowActivity a : batches) {
                for (int i = 0; i < a.size(); i++) {
                    out.add(new long[] { a.flowId(i), a.startNanos(i), a.endNanos(i), a.origBytes(i), a.respBytes(i), a.origPackets(i), a.respPackets(i) });
                }
            }
            return out;
        }
    }

    private static Engine engine(Observer o) {
        return PipelineTest.engine(EngineConfig.defaults(), o, new String[] { "flow", ActivityObserver.STREAM_ACTIVITY });
    }

    @Test
    void aChosenFlowIsReportedAsBurstsSplitBySilenceAndCappedAtOneSecond() {
        Observer o = new Observer(443);
        Engine e = engine(o);
        RawPacket r = new RawPacket();
        byte[] up = Frames.tcpFrame(0x0a000002, 40000, 0x34000001, 443, 1, 0x18, new byte[100]);
        byte[] down = Frames.tcpFrame(0x34000001, 443, 0x0a000002, 40000, 1, 0x18, new byte[300]);
        e.start();
        long t0 = 1_700_000_000L * S;
        // burst 1: 5 packets up and 1 down 20 ms apart
        for (int i = 0; i < 5; i++) {
            PipelineTest.feed(e, r, t0 + i * 20 * MS, up);
        }
        PipelineTest.feed(e, r, t0 + 100 * MS, down);
        // 500 ms of silence, then a 2.5 s stream every 50 ms: bursts of at most 1 s
        for (long t = t0 + 600 * MS; t < t0 + 3100 * MS; t += 50 * MS) {
            PipelineTest.feed(e, r, t, up);
        }
        e.finish();
        List<long[]> b = o.bursts();
        assertEquals(4, b.size(), "1 burst, then the stream cut at 1 s: 3 more");
        long[] first = b.get(0);
        assertEquals(t0, first[1]);
        assertEquals(t0 + 100 * MS, first[2]);
        assertEquals(5, first[5]);
        assertEquals(1, first[6]);
        assertEquals(5L * (up.length - 14), first[3], "IP-layer bytes up");
        assertEquals(down.length - 14, first[4]);
        for (long[] x : b) {
            assertTrue(x[2] - x[1] < S, "a burst spans less than a second");
        }
        long packets = b.stream().mapToLong(x -> x[5] + x[6]).sum();
        assertEquals(6 + 50, packets, "every packet of the flow is in exactly one burst");
        assertEquals("ended", o.order.get(o.order.size() - 1), "all bursts are delivered before the session ends");
    }

    @Test
    void flowsNobodyChoseCostNoBurstsAndObserversWithoutTheInterfaceGetNone() {
        Observer o = new Observer(443);
        Engine e = engine(o);
        RawPacket r = new RawPacket();
        byte[] other = Frames.tcpFrame(0x0a000002, 40001, 0x34000001, 8080, 1, 0x18, new byte[100]);
        e.start();
        for (int i = 0; i < 100; i++) {
            PipelineTest.feed(e, r, 1_700_000_000L * S + i * 10 * MS, other);
        }
        e.finish();
        assertTrue(o.batches.isEmpty());
        assertEquals(0, e.activityBursts());

        // a plain TrafficObserver that names the stream is not an ActivityObserver: capture keeps no bursts at all
        Engine plain = PipelineTest.engine(EngineConfig.defaults(), new TrafficObserver() { }, new String[] { "activity" });
        plain.start();
        for (int i = 0; i < 10; i++) {
            PipelineTest.feed(plain, r, 1_700_000_000L * S + i * 10 * MS, Frames.tcpFrame(0x0a000002, 40000, 0x34000001, 443, 1, 0x18, new byte[10]));
        }
        plain.finish();
        assertEquals(0, plain.activityBursts());
        assertFalse(new Dispatcher(List.of(new Dispatcher.Registration(new TrafficObserver() { }, Map.of(TrafficObserver.PROP_STREAMS, "activity")))).wantsActivity());
    }

    @Test
    void batchesComeAtLeastOncePerSecondOfCaptureTime() {
        Observer o = new Observer(443);
        Engine e = engine(o);
        RawPacket r = new RawPacket();
        byte[] up = Frames.tcpFrame(0x0a000002, 40000, 0x34000001, 443, 1, 0x18, new byte[100]);
        e.start();
        long t0 = 1_700_000_000L * S;
        for (int i = 0; i < 100; i++) { // one packet every 300 ms for 30 s
            PipelineTest.feed(e, r, t0 + i * 300 * MS, up);
        }
        int before = o.batches.size();
        assertTrue(before >= 20, "batches before the end: " + before); // one per capture tick (ticks follow packets, every 1.2 s here)
        e.finish();
        assertEquals(100, o.bursts().size(), "300 ms apart: every packet its own burst");
    }
}
