package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.hearthguard.api.traffic.DeviceMeter;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.FlowRecord.EndReason;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.api.traffic.PacketView;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.analyze.Analyzer;
import io.hearthguard.capture.internal.io.RawPacket;

/** The engine: flows, timers, bounds, naming, dispatch rules and the allocation-free packet path. */
class PipelineTest {
    static final long S = 1_000_000_000L;

    static final class Recorder implements TrafficObserver {
        final List<FlowRecord> flows = new ArrayList<>();
        final List<TrafficMetadata> meta = new ArrayList<>();
        final List<DeviceMeter> meters = new ArrayList<>();
        long packets;
        long ticks;
        boolean ended;

        @Override public void packet(PacketView p) { packets++; }
        @Override public void flow(FlowRecord f) { flows.add(f); }
        @Override public void metadata(TrafficMetadata m) { meta.add(m); }
        @Override public void meter(DeviceMeter m) { meters.add(m); }
        @Override public void tick(long now) { ticks++; }
        @Override public void sessionEnded(io.hearthguard.api.traffic.CaptureSession s) { ended = true; }
    }

    static Engine engine(EngineConfig cfg, TrafficObserver o, Object streams) {
        Map<String, Object> props = streams == null ? Map.of() : Map.of(TrafficObserver.PROP_STREAMS, streams);
        return new Engine(cfg, new Dispatcher(List.of(new Dispatcher.Registration(o, props))), new Session("test", false));
    }

    static void feed(Engine e, RawPacket r, long ts, byte[] frame) {
        System.arraycopy(frame, 0, r.data, 0, frame.length);
        r.captureLength = frame.length;
        r.wireLength = frame.length;
        r.timestampNanos = ts;
        r.linkType = 1;
        e.packet(r);
    }

    @Test
    void aMillionDistinctTuplesStayWithinTheFlowBoundByEvictingTheOldest() {
        Recorder rec = new Recorder();
        Engine e = engine(EngineConfig.defaults().withMaxFlows(1000), new TrafficObserver() {
            long ended;
            long evicted;

            @Override
            public void flow(FlowRecord f) {
                if (f.phase() == Phase.ENDED && f.endReason() == EndReason.EVICTED) {
                    evicted++;
                    assertTrue(f.initiatorPort() > 0);
                }
            }
        }, "flow");
        RawPacket r = new RawPacket();
        byte[] frame = Frames.udpFrame(0x0a000001, 1, 0x0a000002, 9999, new byte[8]);
        e.start();
        for (int i = 0; i < 1_000_000; i++) {
            int port = i % 60000 + 1;
            int src = 0x0a000001 + i / 60000;
            frame[26] = (byte) (src >>> 24); frame[27] = (byte) (src >>> 16); frame[28] = (byte) (src >>> 8); frame[29] = (byte) src;
            frame[34] = (byte) (port >>> 8);
            frame[35] = (byte) port;
            feed(e, r, S + i * 1000L, frame);
        }
        assertEquals(1_000_000, e.flowsCreated());
        assertEquals(999_000, e.flowsEvicted());
        e.finish();
        assertEquals(1_000_000, e.processed());
    }

    @Test
    @Timeout(60) // a table that lost a slot while growing would probe forever
    void theTableGrowsWithTheFlowsItHoldsAndLosesNoneOfThemOnTheWay() {
        // 20,000 live flows: the slots double 4,096 → 8,192 → 16,384 → 20,000 while every flow
        // is open; each flow's packets and ports must come out intact and none may be evicted
        // until the bound is passed.
        int n = 20_000;
        Recorder rec = new Recorder();
        Engine e = engine(EngineConfig.defaults().withMaxFlows(n), rec, "flow");
        RawPacket r = new RawPacket();
        byte[] frame = Frames.udpFrame(0x0a000001, 1, 0x0a000002, 9999, new byte[8]);
        e.start();
        long t = S;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < n; i++) {
                int port = 10_000 + i; // above every well-known service port, so 10.0.0.1 initiates
                frame[34] = (byte) (port >>> 8);
                frame[35] = (byte) port;
                feed(e, r, t += 1000, frame);
            }
        }
        assertEquals(n, e.flowsCreated());
        assertEquals(0, e.flowsEvicted(), "nothing evicted below the bound");
        frame[34] = (byte) 0xff; frame[35] = (byte) 0xff; // port 65535: flow n + 1
        feed(e, r, t += 1000, frame);
        assertEquals(1, e.flowsEvicted(), "the first flow beyond the bound evicts exactly one");
        e.finish();
        Map<Integer, FlowRecord> ended = new java.util.HashMap<>();
        for (FlowRecord f : rec.flows) {
            if (f.phase() == Phase.ENDED) {
                assertNull(ended.put(f.initiatorPort(), f), "one ENDED record per flow");
            }
        }
        assertEquals(n + 1, ended.size());
        assertEquals(EndReason.EVICTED, ended.get(10_000).endReason(), "the least recently active flow went");
        for (int i = 1; i < n; i++) {
            FlowRecord f = ended.get(10_000 + i);
            assertEquals(3, f.origPackets(), "flow " + i);
            assertEquals("10.0.0.1", f.initiatorIp());
            assertEquals(EndReason.END_OF_CAPTURE, f.endReason());
        }
    }

    @Test
    void idleFlowsEndAfterTheTimeoutInCaptureTimeAndUpdatesCarryDeltas() {
        Recorder rec = new Recorder();
        Engine e = engine(EngineConfig.defaults(), rec, null);
        RawPacket r = new RawPacket();
        byte[] a = Frames.udpFrame(0x0a000001, 1234, 0x08080808, 53, new byte[12]);
        byte[] b = Frames.udpFrame(0x0a000003, 1234, 0x08080808, 53, new byte[12]);
        e.start();
        for (int i = 0; i <= 90; i++) {
            feed(e, r, 1000 * S + i * S, a); // active for 90 s
        }
        feed(e, r, 1000 * S + 91 * S, b);
        feed(e, r, 1000 * S + 200 * S, b); // a has now been idle > 60 s
        List<FlowRecord> aRecs = rec.flows.stream().filter(f -> f.initiatorIp().equals("10.0.0.1")).toList();
        assertEquals(Phase.STARTED, aRecs.get(0).phase());
        assertTrue(aRecs.stream().anyMatch(f -> f.phase() == Phase.UPDATED && f.deltaOrigPackets() > 0 && f.deltaOrigPackets() < 91), aRecs.toString());
        FlowRecord end = aRecs.get(aRecs.size() - 1);
        assertEquals(Phase.ENDED, end.phase());
        assertEquals(EndReason.IDLE_TIMEOUT, end.endReason());
        assertEquals(91, end.origPackets());
        long sumDeltas = aRecs.stream().mapToLong(FlowRecord::deltaOrigPackets).sum();
        assertEquals(91, sumDeltas, "deltas add up to the total");
        e.finish();
        assertTrue(rec.ended);
        assertTrue(rec.ticks >= 90);
        assertEquals(EndReason.END_OF_CAPTURE, rec.flows.get(rec.flows.size() - 1).endReason());
    }

    @Test
    void tcpHandshakeAndCloseAreTrackedAndTheSynAckSenderIsTheResponder() {
        Recorder rec = new Recorder();
        Engine e = engine(EngineConfig.defaults(), rec, null);
        RawPacket r = new RawPacket();
        int c = 0x0a000001;
        int s = 0x0a000002;
        e.start();
        feed(e, r, S, Frames.tcpFrame(s, 80, c, 40000, 0, 0x12, new byte[0])); // joined at SYN-ACK
        feed(e, r, 2 * S, Frames.tcpFrame(c, 40000, s, 80, 1, 0x10, new byte[0]));
        feed(e, r, 3 * S, Frames.tcpFrame(c, 40000, s, 80, 1, 0x11, new byte[0]));
        feed(e, r, 4 * S, Frames.tcpFrame(s, 80, c, 40000, 1, 0x11, new byte[0]));
        e.finish();
        FlowRecord end = rec.flows.get(rec.flows.size() - 1);
        assertEquals("10.0.0.1", end.initiatorIp());
        assertEquals(80, end.responderPort());
        assertEquals(TcpState.CLOSED, end.tcpState());
        assertEquals(2, end.origPackets());
        assertEquals(2, end.respPackets());
    }

    @Test
    void responderIsNamedFromTheDnsAnswerThatGaveItsAddress() {
        Recorder rec = new Recorder();
        Engine e = engine(EngineConfig.defaults(), rec, null);
        RawPacket r = new RawPacket();
        byte[] answer = BadInputTest.concat(new byte[] {0, 7, (byte) 0x81, (byte) 0x80, 0, 1, 0, 1, 0, 0, 0, 0},
                new byte[] {4, 'h', 'u', 'b', 's', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1},
                new byte[] {(byte) 0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 93, (byte) 184, (byte) 216, 34});
        e.start();
        feed(e, r, S, Frames.udpFrame(0x08080808, 53, 0x0a000001, 5555, answer));
        feed(e, r, 2 * S, Frames.tcpFrame(0x0a000001, 40000, 0x5db8d822, 443, 0, 0x02, new byte[0]));
        e.finish();
        FlowRecord f = rec.flows.stream().filter(x -> x.responderPort() == 443).findFirst().orElseThrow();
        assertEquals("93.184.216.34", f.responderIp());
        assertEquals("hubs.com", f.responderName().orElseThrow());
        FlowRecord dns = rec.flows.stream().filter(x -> x.responderPort() == 53).findFirst().orElseThrow();
        assertEquals("10.0.0.1", dns.initiatorIp(), "a reply seen first still names the client as initiator");
    }

    @Test
    void anObserverThatKeepsThrowingIsRemovedAndTheOthersAreStillServed() {
        Recorder good = new Recorder();
        TrafficObserver bad = new TrafficObserver() {
            @Override
            public void packet(PacketView p) {
                throw new IllegalStateException("boom");
            }
        };
        Dispatcher d = new Dispatcher(List.of(new Dispatcher.Registration(bad, Map.of(TrafficObserver.PROP_STREAMS, "packet")),
                new Dispatcher.Registration(good, Map.of(TrafficObserver.PROP_STREAMS, new String[] {"packet", "flow"}))));
        Engine e = new Engine(EngineConfig.defaults(), d, new Session("t", false));
        RawPacket r = new RawPacket();
        e.start();
        for (int i = 0; i < 500; i++) {
            feed(e, r, S + i, Frames.udpFrame(1, 2, 3, 4, new byte[4]));
        }
        e.finish();
        assertEquals(500, good.packets);
        assertEquals(Dispatcher.MAX_CONSECUTIVE_FAILURES, d.failures());
        assertEquals(1, d.removed());
        assertTrue(good.meta.isEmpty(), "metadata not subscribed");
        assertTrue(good.meters.isEmpty(), "meters not subscribed");
    }

    @Test
    void meterWindowsCountBytesPerLocalMac() {
        Recorder rec = new Recorder();
        Engine e = engine(EngineConfig.defaults(), rec, "meter");
        RawPacket r = new RawPacket();
        byte[] f = Frames.udpFrame(1, 2, 3, 4, new byte[10]);
        e.start();
        feed(e, r, 60 * S, f);
        feed(e, r, 61 * S, f);
        feed(e, r, 125 * S, f);
        e.finish();
        DeviceMeter first = rec.meters.stream().filter(m -> m.mac() == 0x020000000001L).findFirst().orElseThrow();
        assertEquals(2, first.packetsOut());
        assertEquals(2L * f.length, first.bytesOut());
        assertEquals(60, first.windowStart().getEpochSecond());
        assertEquals(4, rec.meters.size(), "two windows, two MACs each");
    }

    @Test
    void theSplitClientHelloIsReassembled() throws Exception {
        Analyzer.Result r = Shared.analyze(Shared.pcap("arkime/tls-split-client-hello.pcap"));
        List<String> sni = r.metadata.stream().filter(TlsClientHello.class::isInstance).map(m -> ((TlsClientHello) m).sni().orElse(""))
                .toList();
        assertTrue(sni.stream().anyMatch(s -> !s.isEmpty()), sni.toString());
    }

    @Test
    void thePerPacketPathForAnEstablishedFlowAllocatesNothing() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] seen = {0};
        Engine e = engine(EngineConfig.defaults(), new TrafficObserver() {
            @Override
            public void packet(PacketView p) {
                seen[0] += p.srcPort() + p.payloadLength();
            }
        }, new String[] {"packet", "flow", "metadata", "meter"});
        RawPacket r = new RawPacket();
        byte[] f = Frames.tcpFrame(0x0a000001, 40000, 0x0a000002, 8883, 0, 0x18, new byte[200]);
        e.start();
        for (int i = 0; i < 200_000; i++) { // warm up (JIT)
            feed(e, r, S + i * 1000L, f);
        }
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 100_000; i++) {
            feed(e, r, S + (200_000 + i) * 1000L, f);
        }
        long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        e.finish();
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for 100,000 packets");
        assertTrue(seen[0] > 0);
    }
}
