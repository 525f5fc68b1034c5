package io.hearthguard.protection.upload.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.traffic.FlowRecord.EndReason;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.protection.testing.RecordingContext;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;

class UploadDetectorTest {

    static final long MAC = 0xD4D2D6000004L;
    static final TestDevice CAM = new TestDevice("cam", "d4:d2:d6:00:00:04", "192.168.1.30", DeviceType.CAMERA);

    final RecordingContext ctx = new RecordingContext();
    final Instant t0 = ctx.now;
    long flowIds;

    /** One snapshot of a device-initiated flow to {@code host} carrying these deltas at minute {@code m}. */
    void send(UploadDetector d, int minute, String host, long up, long down) {
        ctx.now = t0.plusSeconds(60L * minute);
        d.tick(ctx);
        d.flow(TestFlow.of(++flowIds, Phase.ENDED, MAC, host, ctx.now, ctx.now, up, down), CAM, ctx);
    }

    void idleUntil(UploadDetector d, int minute) {
        ctx.now = t0.plusSeconds(60L * minute);
        d.tick(ctx);
    }

    List<Finding> abnormal() {
        return ctx.rule(UploadDetector.ABNORMAL);
    }

    /** A device talking to several hosts a little, every 10 minutes, for {@code hours}. */
    void background(UploadDetector d, int fromMinute, int hours) {
        for (int m = fromMinute; m < fromMinute + hours * 60; m += 10) {
            for (int h = 0; h < 6; h++) {
                send(d, m, "svc" + h + ".example", 2_000 + 300 * h, 4_000);
            }
        }
    }

    @Test
    void aBurstToOneHostFarAboveTheOthersIsAbnormalInBothModes() {
        for (UploadDetector.Settings s : List.of(UploadDetector.Settings.firewalla(), UploadDetector.Settings.adaptiveDefaults())) {
            ctx.published.clear();
            UploadDetector d = new UploadDetector(s, "test");
            background(d, 0, 2);
            send(d, 125, "drop.files.example", 20_000_000, 50_000);
            idleUntil(d, 150);
            List<Finding> f = abnormal();
            assertEquals(1, f.size(), ctx.published.toString());
            assertEquals(Categories.ABNORMAL_UPLOAD, f.get(0).category());
            Map<String, Object> ev = f.get(0).evidence();
            assertEquals("drop.files.example", ev.get("remote"));
            assertEquals(20_000_000L, ev.get("uploadBytes"));
            assertEquals(16, ((List<?>) ev.get("timeline")).size());
            assertTrue(((Map<?, ?>) ev.get("baseline")).containsKey("otherHostsMeanUpload"));
            // the summary says the amount is the window's, not how long the upload took (a vendor read "in 4.0 h" for 31 s)
            assertTrue(f.get(0).summary().contains("uploaded 20.0 MB to drop.files.example within " + UploadDetector.hours(s.windowSeconds())),
                    f.get(0).summary());
        }
        assertEquals("4 hours", UploadDetector.hours(4 * 3600));
        assertEquals("1 hour", UploadDetector.hours(3600));
        assertEquals("90 minutes", UploadDetector.hours(5400));
    }

    @Test
    void uploadsBelowTheMinimumOrAnsweredByMoreDownloadAreNotFlagged() {
        UploadDetector d = new UploadDetector(UploadDetector.Settings.firewalla(), "test");
        background(d, 0, 2);
        send(d, 125, "small.example", 400_000, 1_000);
        send(d, 126, "sync.example", 5_000_000, 6_000_000);
        idleUntil(d, 200);
        assertEquals(List.of(), abnormal());
    }

    @Test
    void theFirewallaRuleKeepsFlaggingACameraWhoseOnlyHostIsItsCloudButTheAdaptiveModeLearnsIt() {
        UploadDetector fw = new UploadDetector(UploadDetector.Settings.firewalla(), "fw");
        RecordingContext other = new RecordingContext();
        UploadDetector ad = new UploadDetector(UploadDetector.Settings.adaptiveDefaults(), "ad");
        for (int m = 0; m < 4 * 24 * 60; m += 20) { // four days of 2 MB clips every 20 minutes
            send(fw, m, "clips.camcloud.example", 2_000_000, 20_000);
            other.now = ctx.now;
            ad.tick(other);
            ad.flow(TestFlow.of(++flowIds, Phase.ENDED, MAC, "clips.camcloud.example", ctx.now, ctx.now, 2_000_000, 20_000), CAM, other);
        }
        long fwAlarms = ctx.rule(UploadDetector.ABNORMAL).size();
        long adAlarms = other.rule(UploadDetector.ABNORMAL).size();
        assertTrue(fwAlarms >= 20, "firewalla alarms " + fwAlarms);
        assertTrue(adAlarms <= 6, "adaptive alarms " + adAlarms + " (only while the host is new: first day) " + other.rule(UploadDetector.ABNORMAL).stream().map(f -> f.end() + " " + f.evidence().get("baseline")).toList());
        assertTrue(other.rule(UploadDetector.ABNORMAL).stream().allMatch(f -> f.start().isBefore(t0.plusSeconds(86_400))));
    }

    @Test
    void simultaneousUploadsToSeveralHostsMaskEachOtherInTheZScore() {
        UploadDetector d = new UploadDetector(UploadDetector.Settings.firewalla(), "test");
        background(d, 0, 2);
        for (int i = 0; i < 5; i++) {
            send(d, 125, "drop" + i + ".example", 20_000_000 + i, 10_000);
        }
        idleUntil(d, 200);
        assertEquals(List.of(), abnormal()); // a documented weakness of the published rule
    }

    @Test
    void theAdaptiveModeFindsANewDestinationThatABigUsualOneWouldMask() {
        for (boolean adaptive : new boolean[] { false, true }) {
            ctx.published.clear();
            UploadDetector d = new UploadDetector(adaptive ? UploadDetector.Settings.adaptiveDefaults() : UploadDetector.Settings.firewalla(), "t");
            for (int m = 0; m < 30 * 60; m += 10) { // 30 hours: a few small hosts and one big usual cloud
                send(d, m, "status.example", 3_000, 3_000);
                send(d, m, "time.example", 500, 500);
                send(d, m, "clips.camcloud.example", 3_000_000, 30_000);
            }
            int before = abnormal().size();
            send(d, 30 * 60 + 5, "drop.files.example", 8_000_000, 20_000);
            idleUntil(d, 30 * 60 + 40);
            List<Finding> after = abnormal().subList(before, abnormal().size());
            assertEquals(adaptive ? 1 : 0, after.stream().filter(f -> "drop.files.example".equals(f.evidence().get("remote"))).count(),
                    (adaptive ? "adaptive " : "firewalla ") + after);
        }
    }

    @Test
    void atMostThreeAlarmsPerRunAndOnePerHostPerCooldown() {
        UploadDetector.Settings f = UploadDetector.Settings.firewalla();
        UploadDetector d = new UploadDetector(new UploadDetector.Settings(false, f.windowSeconds(), f.runSeconds(), f.minUploadInitiated(),
                f.minUploadInbound(), 0.5, f.ratio(), f.ratioSingleHost(), f.maxAlarmsPerRun(), f.cooldownSeconds(),
                f.largeFlowBytes(), f.newHostRuns(), f.hostFactor(), f.maxDevices(), f.maxHostsPerDevice()), "test");
        background(d, 0, 2);
        for (int i = 0; i < 5; i++) {
            send(d, 125, "drop" + i + ".example", 20_000_000 + i, 10_000);
        }
        idleUntil(d, 136);
        assertEquals(3, abnormal().size());
        idleUntil(d, 200); // the two left over come in the next run; none of the first three again
        assertEquals(5, abnormal().stream().map(x -> x.evidence().get("remote")).distinct().count());
        assertEquals(5, abnormal().size());
    }

    @Test
    void oneFlowOverTheLargeUploadLimitIsReportedOnce() {
        UploadDetector d = new UploadDetector(UploadDetector.Settings.firewalla(), "test");
        for (int m = 1; m <= 3; m++) {
            ctx.now = t0.plusSeconds(60L * m);
            d.flow(new TestFlow(77, Phase.UPDATED, EndReason.NONE, 6, "192.168.1.30", 40000, "198.51.100.90", 443, MAC, 1, t0,
                    ctx.now, 60_000_000L * m, 10_000, 1, 1, 60_000_000, 3_000, 1, 1, TcpState.ESTABLISHED,
                    Optional.of("backup.cloudvault.example")), CAM, ctx);
        }
        List<Finding> f = ctx.rule(UploadDetector.LARGE);
        assertEquals(1, f.size());
        assertEquals(Categories.LARGE_UPLOAD, f.get(0).category());
        assertEquals(120_000_000L, f.get(0).evidence().get("uploadBytes"));
    }

    @Test
    void trafficBetweenLocalDevicesIsNotAnUpload() {
        UploadDetector d = new UploadDetector(UploadDetector.Settings.firewalla(), "test");
        ctx.now = t0.plusSeconds(60);
        d.flow(new TestFlow(1, Phase.ENDED, EndReason.CLOSED, 6, "192.168.1.30", 40000, "192.168.1.5", 445, MAC, 2, t0, ctx.now,
                500_000_000, 1_000, 1, 1, 500_000_000, 1_000, 1, 1, TcpState.CLOSED, Optional.empty()), CAM, ctx);
        idleUntil(d, 300);
        assertEquals(List.of(), ctx.published);
        assertEquals(0, d.devices());
    }

    @Test
    void addressClassesAreRecognised() {
        assertTrue(UploadDetector.isLocal("10.1.2.3"));
        assertTrue(UploadDetector.isLocal("172.20.0.1"));
        assertTrue(UploadDetector.isLocal("fe80::1"));
        assertTrue(UploadDetector.isLocal("239.255.255.250"));
        assertTrue(!UploadDetector.isLocal("172.32.0.1"));
        assertTrue(!UploadDetector.isLocal("2001:db8::1"));
        assertTrue(!UploadDetector.isLocal("not-an-ip"));
    }

    @Test
    void hostsPerDeviceAreBounded() {
        UploadDetector.Settings f = UploadDetector.Settings.firewalla();
        UploadDetector d = new UploadDetector(new UploadDetector.Settings(false, f.windowSeconds(), f.runSeconds(), f.minUploadInitiated(),
                f.minUploadInbound(), f.zThreshold(), f.ratio(), f.ratioSingleHost(), f.maxAlarmsPerRun(), f.cooldownSeconds(),
                f.largeFlowBytes(), f.newHostRuns(), f.hostFactor(), 10, 8), "test");
        for (int i = 0; i < 10_000; i++) {
            send(d, i / 100, "h" + i + ".example", 100, 100);
        }
        assertEquals(1, d.devices());
        assertThrows(IllegalArgumentException.class, () -> new UploadDetector.Settings(false, 60, 900, 1, 1, 8, 1, 1.5, 3, 0, 1, 0, 4, 1, 2));
    }
}
