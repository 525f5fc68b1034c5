package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.discovery.internal.Records.Flow;

/** The type a device's own flows suggest when nothing names its kind (Behaviour through the engine). */
class BehaviourTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final long ROUTER = Macs.parse("00:1c:7f:53:d0:28");
    static final long DEV = Macs.parse("00:11:22:33:44:55");

    final Recorder rec = new Recorder();
    final InventoryEngine engine = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), rec);

    /** A flow record with the given deltas (the totals are the same: tests send one record per flow or sum nothing). */
    static Flow f(long id, FlowRecord.Phase phase, int proto, String initIp, int initPort, String respIp, int respPort, long initMac,
            long respMac, Instant first, Instant last, long up, long down, long upPkts, long downPkts) {
        return new Flow(id, phase, proto, initIp, initPort, respIp, respPort, initMac, respMac, first, last, up, down, upPkts,
                Math.max(1, downPkts), up, down, upPkts, downPkts, TcpState.ESTABLISHED, Optional.empty());
    }

    /** One long flow to {@code cloud:port}, a record a minute, with the given bytes and packets per record. */
    void cloudSession(long id, String cloud, int port, int minutes, long up, long down, long upPkts, long downPkts) {
        for (int i = 0; i < minutes; i++) {
            Instant t = T0.plusSeconds(60L * i);
            engine.flow(f(id, i == 0 ? FlowRecord.Phase.STARTED : FlowRecord.Phase.UPDATED, 6, "192.168.1.20", 40000 + (int) id,
                    cloud, port, DEV, ROUTER, T0, t, up, down, upPkts, downPkts));
        }
    }

    Device device() {
        engine.flush(true);
        return engine.byMac(Macs.format(DEV)).orElseThrow();
    }

    static Evidence behaviour(Device d) {
        return d.evidence().stream().filter(e -> e.source().equals("behaviour")).findFirst().orElseThrow();
    }

    @Test
    void smallPeriodicKeepalivesToOneCloudServiceAreProbablyAPlug() {
        cloudSession(1, "81.14.202.72", 9292, 30, 3 * 70, 3 * 60, 3, 3);
        Device d = device();
        assertEquals(DeviceType.PLUG, d.type());
        assertTrue(d.typeConfidence() < 0.5, "a guess from behaviour stays 'probably': " + d.typeConfidence());
        Evidence e = behaviour(d);
        assertTrue(e.detail().contains("keepalives") && e.detail().contains("tcp/9292") && e.detail().contains("1 cloud host"),
                e.detail());
    }

    @Test
    void aConversationJoinedMidwayStillCountsAsTheHomeDevicesOwn() {
        // the cloud's packet was seen first: capture calls it the initiator
        for (int i = 0; i < 20; i++) {
            Instant t = T0.plusSeconds(60L * i);
            engine.flow(f(7, i == 0 ? FlowRecord.Phase.STARTED : FlowRecord.Phase.UPDATED, 6, "81.14.202.72", 9292,
                    "192.168.1.20", 50756, ROUTER, DEV, T0, t, 120, 140, 2, 2));
        }
        Device d = device();
        assertEquals(DeviceType.PLUG, d.type());
        assertTrue(behaviour(d).detail().contains("tcp/9292"), behaviour(d).detail());
    }

    @Test
    void steadyUploadsAloneNameNoKind() {
        // a camera's uploads, or a compromised speaker's trickle: calling it a camera would hide it from the speaker watch
        cloudSession(2, "54.1.2.3", 443, 20, 300_000, 20_000, 250, 60);
        Device d = device();
        assertEquals(DeviceType.UNKNOWN, d.type());
        assertTrue(d.evidence().stream().noneMatch(e -> e.source().equals("behaviour")), d.evidence().toString());
    }

    @Test
    void aBurstOfSpeechUpstreamIsNoKeepalive() {
        cloudSession(6, "54.239.1.1", 443, 30, 3 * 70, 3 * 60, 3, 3);
        // one minute with a spoken command: ~150 KB up in that record
        engine.flow(f(6, FlowRecord.Phase.UPDATED, 6, "192.168.1.20", 40006, "54.239.1.1", 443, DEV, ROUTER, T0,
                T0.plusSeconds(60L * 31), 150_000, 3_000, 600, 30)); // small packets: only the burst tells
        assertEquals(DeviceType.UNKNOWN, device().type());
    }

    @Test
    void bulkyDownloadsAreNoPlug() {
        cloudSession(3, "54.1.2.3", 443, 20, 20_000, 3_000_000, 300, 2100);
        assertEquals(DeviceType.UNKNOWN, device().type());
    }

    @Test
    void aFewRecordsAreNotEnoughToCallRepetition() {
        cloudSession(4, "81.14.202.72", 9292, 3, 200, 180, 3, 3);
        assertEquals(DeviceType.UNKNOWN, device().type());
    }

    @Test
    void manyServicesAreNotOneCloudServiceAndTheCountersStayBounded() {
        for (int i = 0; i < 5_000; i++) {
            Instant t = T0.plusSeconds(i);
            engine.flow(f(100 + i, FlowRecord.Phase.STARTED, 17, "192.168.1.20", 40000, "52.0." + (i / 250) + "." + (i % 250),
                    1000 + i, DEV, ROUTER, t, t, 80, 80, 1, 1));
        }
        Device d = device();
        assertEquals(DeviceType.UNKNOWN, d.type());
    }

    @Test
    void aDeviceThatOpensConversationsWithSeveralHomeDevicesBridges() {
        for (int i = 0; i < 3; i++) {
            long peer = Macs.parse("00:aa:bb:cc:dd:0" + i);
            engine.flow(f(200 + i, FlowRecord.Phase.STARTED, 6, "192.168.1.20", 40000, "192.168.1.3" + i, 80, DEV, peer, T0, T0,
                    100, 100, 1, 1));
        }
        cloudSession(9, "52.9.9.9", 443, 2, 1000, 1000, 5, 5);
        Device d = device();
        assertEquals(DeviceType.HUB, d.type());
        assertTrue(behaviour(d).detail().contains("3 other home devices"), behaviour(d).detail());
    }

    @Test
    void aNameThatSaysWhatTheDeviceIsWinsOverBehaviour() {
        engine.metadata(InventoryEngineTest.dhcp(T0, DEV, 3, "test-cam-1", null, null));
        cloudSession(5, "81.14.202.72", 9292, 30, 3 * 70, 3 * 60, 3, 3);
        Device d = device();
        assertEquals(DeviceType.CAMERA, d.type());
        assertTrue(d.evidence().stream().noneMatch(e -> e.source().equals("behaviour")), "behaviour is not used when a name typed it");
    }
}
