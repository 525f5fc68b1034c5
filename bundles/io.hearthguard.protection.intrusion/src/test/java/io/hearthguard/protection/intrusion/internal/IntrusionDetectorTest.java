package io.hearthguard.protection.intrusion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.traffic.FlowRecord.EndReason;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;

class IntrusionDetectorTest {

    static final TestDevice CAM = new TestDevice("cam", "d4:d2:d6:00:00:04", "192.168.1.30", DeviceType.CAMERA);
    static final TestDevice LAPTOP = new TestDevice("laptop", "3c:22:fb:00:00:05", "192.168.1.40", DeviceType.COMPUTER);

    final RecordingContext ctx = new RecordingContext();
    final IntrusionDetector d = new IntrusionDetector(IntrusionDetector.Settings.defaults(), "test");
    final Instant t0 = ctx.now;
    long ids;

    TestFlow flow(Phase phase, String src, String dst, int dport, TcpState st, long ob, long rb, long op, long rp, double at, double dur) {
        Instant a = t0.plusMillis((long) (at * 1000));
        Instant b = a.plusMillis((long) (dur * 1000));
        return new TestFlow(++ids, phase, phase == Phase.ENDED ? EndReason.CLOSED : EndReason.NONE, 6, src, 40000 + (int) (ids % 20000),
                dst, dport, 1, 2, a, phase == Phase.STARTED ? a : b, ob, rb, op, rp, ob, rb, op, rp, st, Optional.empty());
    }

    @Test
    void probingManyPortsOfACameraFromTheInternetIsAPortScan() {
        for (int p = 1; p <= 30; p++) {
            d.flow(flow(Phase.STARTED, "203.0.113.9", CAM.ip(), p, TcpState.SYN_SENT, 60, 0, 1, 0, p * 0.1, 0), CAM, ctx);
        }
        List<Finding> f = ctx.rule(IntrusionDetector.SCAN_VERTICAL);
        assertEquals(1, f.size());
        assertEquals(Categories.PORT_SCAN, f.get(0).category());
        assertEquals(Severity.MEDIUM, f.get(0).severity());
        assertEquals(20L, f.get(0).evidence().get("distinctPorts"));
        assertEquals("target", f.get(0).evidence().get("deviceRole"));
        assertEquals(CAM.ip(), f.get(0).evidence().get("target"));
    }

    @Test
    void aLocalDeviceSweepingTheSubnetIsAHighSeveritySweep() {
        for (int h = 1; h <= 40; h++) {
            d.flow(flow(Phase.STARTED, LAPTOP.ip(), "192.168.1." + (100 + h), 22, TcpState.SYN_SENT, 60, 0, 1, 0, h * 0.2, 0), LAPTOP, ctx);
        }
        List<Finding> f = ctx.rule(IntrusionDetector.SCAN_SWEEP);
        assertEquals(1, f.size());
        assertEquals(Severity.HIGH, f.get(0).severity());
        assertEquals(22L, f.get(0).evidence().get("port"));
    }

    @Test
    void browsingManyInternetServersAndMulticastDiscoveryAreNotScans() {
        for (int h = 1; h <= 200; h++) {
            d.flow(flow(Phase.STARTED, LAPTOP.ip(), "198.51." + h + ".7", 443, TcpState.SYN_SENT, 60, 0, 1, 0, h * 0.1, 0), LAPTOP, ctx);
            d.flow(flow(Phase.STARTED, LAPTOP.ip(), "239.255.255.250", 1900 + h, TcpState.NONE, 60, 0, 1, 0, h * 0.1, 0), LAPTOP, ctx);
        }
        assertEquals(List.of(), ctx.published);
    }

    @Test
    void scansSpreadBeyondTheWindowAreNotCounted() {
        for (int p = 1; p <= 30; p++) {
            d.flow(flow(Phase.STARTED, "203.0.113.9", CAM.ip(), p, TcpState.SYN_SENT, 60, 0, 1, 0, p * 10.0, 0), CAM, ctx);
        }
        assertEquals(List.of(), ctx.published);
    }

    @Test
    void manyShortRefusedConnectionsToSshAreBruteForceCountedOncePerFlow() {
        for (int i = 0; i < 30; i++) {
            TestFlow f = flow(Phase.ENDED, LAPTOP.ip(), CAM.ip(), 22, TcpState.RESET, 900, 700, 8, 7, i * 5.0, 2);
            d.flow(f, LAPTOP, ctx); // a flow between two local devices arrives once for each
            d.flow(f, CAM, ctx);
        }
        List<Finding> f = ctx.rule(IntrusionDetector.BRUTE);
        assertEquals(1, f.size(), ctx.published.toString());
        assertEquals(Categories.BRUTE_FORCE, f.get(0).category());
        assertEquals(20L, f.get(0).evidence().get("attempts"));
        assertEquals(Severity.HIGH, f.get(0).severity());
    }

    @Test
    void longRealSessionsAndNonLoginPortsAreNotBruteForce() {
        for (int i = 0; i < 40; i++) {
            d.flow(flow(Phase.ENDED, LAPTOP.ip(), CAM.ip(), 22, TcpState.CLOSED, 50_000, 90_000, 80, 90, i * 5.0, 60), LAPTOP, ctx);
            d.flow(flow(Phase.ENDED, LAPTOP.ip(), CAM.ip(), 8080, TcpState.CLOSED, 500, 700, 5, 5, i * 5.0, 1), LAPTOP, ctx);
        }
        assertEquals(List.of(), ctx.rule(IntrusionDetector.BRUTE));
    }

    @Test
    void aTelnetSessionWithDataBothWaysIsACleartextLoginOncePerCooldown() {
        d.flow(flow(Phase.ENDED, LAPTOP.ip(), CAM.ip(), 23, TcpState.CLOSED, 1_200, 3_000, 20, 18, 0, 30), LAPTOP, ctx);
        d.flow(flow(Phase.ENDED, LAPTOP.ip(), CAM.ip(), 23, TcpState.CLOSED, 1_200, 3_000, 20, 18, 100, 30), LAPTOP, ctx);
        d.flow(flow(Phase.ENDED, LAPTOP.ip(), CAM.ip(), 21, TcpState.SYN_SENT, 60, 0, 1, 0, 100, 1), LAPTOP, ctx);
        List<Finding> f = ctx.rule(IntrusionDetector.LOGIN);
        assertEquals(1, f.size(), ctx.published.toString());
        assertEquals(Categories.CLEARTEXT_CREDENTIALS, f.get(0).category());
        assertEquals("Telnet", f.get(0).evidence().get("protocol"));
        assertTrue(String.valueOf(f.get(0).evidence().get("limit")).contains("payloads"));
    }

    @Test
    void httpBasicAuthorizationInClearTextIsHighSeverity() {
        HttpRequest r = new HttpRequest() {
            @Override public Instant timestamp() { return t0; }
            @Override public long flowId() { return 5; }
            @Override public long srcMac() { return 1; }
            @Override public long dstMac() { return 2; }
            @Override public String srcIp() { return LAPTOP.ip(); }
            @Override public String dstIp() { return CAM.ip(); }
            @Override public int srcPort() { return 50000; }
            @Override public int dstPort() { return 80; }
            @Override public String method() { return "GET"; }
            @Override public String uri() { return "/snapshot.jpg"; }
            @Override public Optional<String> host() { return Optional.of("cam.local"); }
            @Override public Optional<String> userAgent() { return Optional.empty(); }
            @Override public boolean basicAuth() { return true; }
        };
        d.metadata(r, LAPTOP, ctx);
        d.metadata(r, LAPTOP, ctx);
        List<Finding> f = ctx.rule(IntrusionDetector.BASIC);
        assertEquals(1, f.size());
        assertEquals(Severity.HIGH, f.get(0).severity());
        assertEquals("cam.local", f.get(0).evidence().get("host"));
    }

    @Test
    void stateIsBoundedUnderAMillionSources() {
        IntrusionDetector.Settings s = IntrusionDetector.Settings.defaults();
        IntrusionDetector small = new IntrusionDetector(new IntrusionDetector.Settings(s.scanPorts(), s.scanHosts(), s.scanWindowSeconds(),
                s.bruteAttempts(), s.bruteWindowSeconds(), s.bruteMaxBytes(), s.bruteMaxSeconds(), s.loginPorts(), s.cleartextPorts(),
                s.reportCooldownSeconds(), 100), "test");
        for (int i = 0; i < 1_000_000; i++) {
            String src = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
            small.flow(flow(Phase.STARTED, src, CAM.ip(), 22, TcpState.SYN_SENT, 60, 0, 1, 0, 0, 0), CAM, ctx);
            small.flow(flow(Phase.ENDED, src, CAM.ip(), 22, TcpState.RESET, 60, 0, 1, 0, 0, 0), CAM, ctx);
        }
        assertTrue(small.tracked() <= 200, "tracked " + small.tracked());
    }
}
