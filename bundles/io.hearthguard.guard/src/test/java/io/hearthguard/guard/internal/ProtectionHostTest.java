package io.hearthguard.guard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.DeviceMeter;
import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.protection.testing.FakeFindings;

/**
 * The host's isolation contract, driven with meter windows (the smallest traffic record).
 * The FindingService here is an in-memory recorder: storing is the findings bundle's job
 * and is tested there.
 */
class ProtectionHostTest {

    static final long MAC = 0x44650d000001L;
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    final FakeFindings recorder = new FakeFindings();
    ProtectionHost host;

    static ProtectionHost.Config config(int queue, long budget, int failures) {
        return new ProtectionHost.Config() {
            public Class<? extends Annotation> annotationType() { return ProtectionHost.Config.class; }
            public int queueCapacity() { return queue; }
            public long callBudgetMillis() { return budget; }
            public int maxFailures() { return failures; }
        };
    }

    static CaptureSession session(boolean live) {
        return new CaptureSession() {
            public String id() { return "s1"; }
            public String source() { return "test"; }
            public boolean live() { return live; }
            public long received() { return 0; }
            public long processed() { return 0; }
            public long dropped() { return 0; }
        };
    }

    /** Publishes one finding per meter window whose upload exceeds 1 MB. */
    static final class BigUpload implements DeviceProtection {
        @Override
        public void meter(DeviceMeter m, Device d, ProtectionContext c) {
            if (m.bytesOut() > 1_000_000) {
                c.publish(Finding.builder("test.big", Categories.LARGE_UPLOAD, Severity.LOW).device(DeviceRef.of(d))
                        .span(m.windowStart(), m.windowEnd()).summary(d.displayName() + " uploaded " + m.bytesOut()).build());
            }
        }
    }

    static Map<String, Object> props(String name, String... types) {
        return Map.of("component.name", name, ProtectionService.PROP_VENDOR, "test", ProtectionService.PROP_DEVICE_TYPES, types);
    }

    static DeviceMeter meter(int i, long out) {
        return new DeviceMeter(MAC, T0.plusSeconds(i), T0.plusSeconds(i + 1), out, 10, 5, 5);
    }

    /** A protection whose every meter call waits (at most 10 s) for {@code release}, then publishes a finding if asked. */
    static DeviceProtection slow(CountDownLatch release, boolean publish) {
        return new DeviceProtection() {
            @Override
            public void meter(DeviceMeter m, Device d, ProtectionContext c) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (publish) {
                    c.publish(Finding.builder("test.slow", Categories.LARGE_UPLOAD, Severity.LOW).device(DeviceRef.of(d))
                            .span(m.windowStart(), m.windowEnd()).summary("slow").build());
                }
            }
        };
    }

    /** Ends an offline session as capture does, then waits as analyze does for the host's completion. */
    void endAndAwait() {
        host.sessionEnded(session(false));
        try {
            host.completed().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the host did not complete: " + host.protections(), e);
        }
    }

    @Test
    void theEndOfAFileSessionDoesNotWaitForProtectionsButTheCompletionDoes() throws Exception {
        host = new ProtectionHost(recorder, config(64, 60_000, 3));
        CountDownLatch release = new CountDownLatch(1);
        host.bindProtection(slow(release, true), props("slow"));
        host.sessionStarted(session(false));
        host.meter(meter(0, 10));
        long t0 = System.nanoTime();
        host.sessionEnded(session(false));
        java.util.concurrent.CompletableFuture<Void> done = host.completed().toCompletableFuture();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        // the protection holds its event until released below (and its call budget is 60 s), so a capture thread that
        // waited would wait far longer than this; the slack is for a loaded machine, not a speed figure
        assertTrue(ms < 15_000, "the capture thread waited " + ms + " ms for a protection");
        assertTrue(!done.isDone(), "completed before the protection ran its event");
        release.countDown();
        done.get(10, TimeUnit.SECONDS);
        assertEquals(1, recorder.published().size(), "the finding is stored when the completion completes");
    }

    @Test
    void aReplayOfAnOlderCaptureRunsInItsOwnTimeAfterEventsOfALaterClock() throws Exception {
        host = new ProtectionHost(recorder, config(64, 60_000, 3));
        List<Instant> seen = Collections.synchronizedList(new ArrayList<>());
        host.bindProtection(new DeviceProtection() {
            @Override
            public void tick(ProtectionContext c) {
                seen.add(c.now());
            }
        }, props("clock"));
        // live traffic (or a meter window stamped by the wall clock) at a later time...
        host.sessionStarted(session(true));
        host.meter(new DeviceMeter(MAC, T0.plusSeconds(86_400 * 30), T0.plusSeconds(86_400 * 30 + 60), 10, 10, 1, 1));
        host.tick(TimeUnit.SECONDS.toNanos(T0.plusSeconds(86_400 * 30 + 60).getEpochSecond()));
        host.sessionEnded(session(true));
        // ...then a capture made a month earlier is replayed: its protections see its own time, advancing
        host.sessionStarted(session(false));
        for (int i = 0; i < 3; i++) {
            host.tick(TimeUnit.SECONDS.toNanos(T0.plusSeconds(i).getEpochSecond()));
        }
        endAndAwait();
        assertEquals(List.of(T0.plusSeconds(86_400 * 30 + 60), T0, T0.plusSeconds(1), T0.plusSeconds(2)), seen,
                "the replay's ticks run at the replay's time, not the later clock's");
    }

    @AfterEach
    void stop() {
        if (host != null) {
            host.deactivate();
        }
    }

    @Test
    void offlineAnalysisDeliversEveryEventAndStoresEveryFindingBeforeSessionEnds() {
        host = new ProtectionHost(recorder, config(16, 5000, 5));
        host.bindProtection(new BigUpload(), props("big"));
        host.sessionStarted(session(false));
        for (int i = 0; i < 500; i++) { // far more than the queue holds: offline waits instead of dropping
            host.meter(meter(i, i % 2 == 0 ? 2_000_000 : 10));
        }
        endAndAwait();
        assertEquals(250, recorder.published().size());
        assertEquals("big", recorder.published().get(0).source());
        assertEquals(0L, host.protections().get(0).dropped());
        assertEquals(501L, host.protections().get(0).eventsHandled(), "500 meters and the end of the session");
        assertTrue(host.protections().get(0).costNanosPerEvent() > 0, "a call costs something");
    }

    @Test
    void aProtectionOnlySeesTheDeviceTypesItCovers() {
        host = new ProtectionHost(recorder, config(64, 5000, 5));
        host.bindProtection(new BigUpload(), props("cams", "camera"));
        host.sessionStarted(session(false));
        host.meter(meter(0, 5_000_000)); // unknown device: not a camera
        endAndAwait();
        assertTrue(recorder.published().isEmpty());
    }

    @Test
    void aThrowingProtectionIsQuarantinedAndTheOthersCarryOn() {
        host = new ProtectionHost(recorder, config(64, 5000, 3));
        host.bindProtection(new DeviceProtection() {
            @Override
            public void meter(DeviceMeter m, Device d, ProtectionContext c) {
                throw new IllegalStateException("vendor bug");
            }
        }, props("broken"));
        host.bindProtection(new BigUpload(), props("big"));
        host.sessionStarted(session(false));
        for (int i = 0; i < 10; i++) {
            host.meter(meter(i, 2_000_000));
        }
        endAndAwait();
        assertEquals(10, recorder.published().size());
        ProtectionStatus broken = host.protections().get(0);
        assertEquals(ProtectionStatus.State.QUARANTINED, broken.state());
        assertEquals(3L, broken.failures());
        assertTrue(broken.reason().contains("threw 3 times") && broken.reason().contains("vendor bug"), broken.reason());
        assertEquals(List.of(broken), host.quarantined());
        ProtectionStatus big = host.protections().get(1);
        assertEquals(ProtectionStatus.State.ACTIVE, big.state());
        assertEquals(null, big.reason());
        assertEquals(11L, big.delivered(), "10 meters and the end of the session");
        assertEquals(10L, big.findings());
    }

    @Test
    void aHangingProtectionIsQuarantinedAndDoesNotStallCapture() throws Exception {
        host = new ProtectionHost(recorder, config(16, 200, 3));
        CountDownLatch never = new CountDownLatch(1);
        host.bindProtection(new DeviceProtection() {
            @Override
            public void meter(DeviceMeter m, Device d, ProtectionContext c) {
                try {
                    never.await(); // blocks until interrupted by the quarantine
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, props("hang"));
        host.bindProtection(new BigUpload(), props("big"));
        host.sessionStarted(session(false));
        long t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            host.meter(meter(i, 2_000_000));
        }
        endAndAwait();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(ProtectionStatus.State.QUARANTINED, host.protections().get(0).state());
        assertTrue(host.protections().get(0).reason().contains("longer than 200 ms"), host.protections().get(0).reason());
        assertEquals(100, recorder.published().size());
        assertTrue(ms < 10_000, "capture waited " + ms + " ms");
    }

    @Test
    void liveCaptureDropsForAFullQueueInsteadOfWaiting() {
        host = new ProtectionHost(recorder, config(16, 60_000, 3));
        CountDownLatch release = new CountDownLatch(1);
        host.bindProtection(slow(release, false), props("slow"));
        host.sessionStarted(session(true));
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            host.meter(meter(i, 10));
        }
        host.tick(T0.plusSeconds(2000).toEpochMilli() * 1_000_000L); // hands over what was collected
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        release.countDown();
        assertTrue(ms < 15_000, "live capture waited " + ms + " ms"); // a waiting capture would wait for the release (never before this line)
        long dropped = host.protections().get(0).dropped();
        // the first batch is taken by the stuck worker; everything after it is dropped, not queued
        assertTrue(dropped >= 1000 - Slot.BATCH, "dropped " + dropped);
    }

    @Test
    void activityIsTimedAndRoutedOnlyForTheDeviceTypesOfSubscribedProtections() {
        host = new ProtectionHost(recorder, config(64, 5000, 5));
        List<String> got = Collections.synchronizedList(new ArrayList<>());
        class Listener implements io.hearthguard.api.protection.ActivityProtection {
            @Override
            public void activity(io.hearthguard.api.traffic.FlowActivity a, Device d, ProtectionContext c) {
                for (int i = 0; i < a.size(); i++) {
                    got.add(d.macs().get(0) + " flow " + a.flowId(i) + " up " + a.origBytes(i));
                }
            }
        }
        Map<String, Object> p = new java.util.HashMap<>(props("unknowns", "unknown"));
        p.put(ProtectionService.PROP_STREAMS, new String[] { "flow", "activity" });
        host.bindProtection(new Listener(), p);
        Map<String, Object> cams = new java.util.HashMap<>(props("cams", "camera"));
        cams.put(ProtectionService.PROP_STREAMS, new String[] { "activity" });
        host.bindProtection(new Listener(), cams);
        host.sessionStarted(session(false));
        long other = 0x020000000099L;
        long group = 0x01005e000001L;
        io.hearthguard.api.traffic.FlowRecord f = io.hearthguard.protection.testing.TestFlow.of(7, io.hearthguard.api.traffic.FlowRecord.Phase.STARTED,
                MAC, "x.example", T0, T0, 0, 0);
        assertTrue(host.wantsActivity(f), "an unknown device is covered by a subscriber");
        long ns = T0.getEpochSecond() * 1_000_000_000L;
        host.activity(io.hearthguard.api.traffic.FlowActivity.copyOf(2, new long[] { 7, 8 }, new long[] { MAC, group },
                new long[] { other, other }, new long[] { ns, ns }, new long[] { ns + 5, ns + 5 }, new long[] { 100, 200 }, new long[] { 1, 2 },
                new int[] { 1, 1 }, new int[] { 1, 1 }));
        endAndAwait();
        // MAC and `other` are unknown devices: each end gets its flows once (other: 7 and 8); the group address
        // is no device; the camera protection gets nothing
        assertEquals(List.of("44:65:0d:00:00:01 flow 7 up 100", "02:00:00:00:00:99 flow 7 up 100", "02:00:00:00:00:99 flow 8 up 200"), got);
    }

    /** Collects the host's event totals as outcome → value for one protection name. */
    static Map<String, Long> totals(ProtectionHost h, String name) {
        Map<String, Long> out = new java.util.TreeMap<>();
        h.eventTotals(new io.hearthguard.platform.metrics.MetricSink() {
            @Override
            public void counter(String metric, String help, double value, String... labels) {
                if (metric.equals("hearthguard_protection_events_total") && labels[1].equals(name)) {
                    out.put(labels[5], (long) value);
                } else if (metric.equals("hearthguard_protection_host_records_total")) {
                    out.put("records." + labels[1], (long) value);
                }
            }

            @Override
            public void gauge(String metric, String help, double value, String... labels) {
            }
        });
        return out;
    }

    @Test
    void eventTotalsCloseOverAnUpdateAndCountWhatTheOldBindingStillHadQueuedAsLost() throws Exception {
        host = new ProtectionHost(recorder, config(1024, 60_000, 3));
        CountDownLatch never = new CountDownLatch(1);
        DeviceProtection v1 = slow(never, false); // its worker hangs in the first call: everything after it stays queued
        host.bindProtection(v1, props("vendor.watch"));
        host.bindProtection(new BigUpload(), props("big"));
        host.sessionStarted(session(true));
        for (int i = 0; i < 300; i++) {
            host.meter(meter(i, 10));
        }
        host.tick(T0.plusSeconds(400).toEpochMilli() * 1_000_000L); // hands the collected batches to the workers
        io.hearthguard.protection.testing.Await.until("big handled the first 300 windows and the tick", java.time.Duration.ofSeconds(10),
                () -> host.protections().stream().filter(p -> p.name().equals("big")).findFirst().orElseThrow().delivered() == 301);
        // the update: the old binding is stopped with its queue, the new one takes the traffic from now on
        host.unbindProtection(v1);
        host.bindProtection(new BigUpload(), props("vendor.watch"));
        for (int i = 300; i < 400; i++) {
            host.meter(meter(i, 10));
        }
        host.tick(T0.plusSeconds(800).toEpochMilli() * 1_000_000L);
        io.hearthguard.protection.testing.Await.until("the queues drained", java.time.Duration.ofSeconds(10),
                () -> host.protections().stream().allMatch(p -> p.queued() == 0 && p.delivered() >= 101));
        Map<String, Long> watch = totals(host, "vendor.watch");
        Map<String, Long> big = totals(host, "big");
        assertEquals(400L, watch.get("records.meter"));
        // each binding was offered its windows and one tick each second of capture time
        assertEquals(402L, watch.get("offered"), watch.toString());
        // the new binding handled its 100 windows and tick; the old one's first call hung until the stop interrupted it (it may count
        // as handled), the rest of its 301 were still queued: lost, not silently gone
        long oldHandled = watch.get("delivered") - 101;
        assertTrue(oldHandled == 0 || oldHandled == 1, watch.toString());
        assertEquals(301L - oldHandled, watch.get("lost"), watch.toString());
        assertEquals(0L, watch.get("dropped") + watch.get("failed"), watch.toString());
        assertEquals(Map.of("offered", 402L, "delivered", 402L, "failed", 0L, "dropped", 0L, "lost", 0L, "refused", 0L),
                Map.of("offered", big.get("offered"), "delivered", big.get("delivered"), "failed", big.get("failed"), "dropped", big.get("dropped"),
                        "lost", big.get("lost"), "refused", big.get("refused")));
    }

    @Test
    void liveEventsReachTheProtectionWhenTheHomeGoesQuietWithoutAnotherPacketOrTick() throws Exception {
        host = new ProtectionHost(recorder, config(1024, 60_000, 3));
        host.bindProtection(new BigUpload(), props("big"));
        host.sessionStarted(session(true));
        for (int i = 0; i < 10; i++) { // far fewer than a batch, and then nothing more
            host.meter(meter(i, 2_000_000));
        }
        io.hearthguard.protection.testing.Await.until("the 10 windows handled", java.time.Duration.ofSeconds(5),
                () -> host.protections().get(0).delivered() == 10);
        assertEquals(0, host.protections().get(0).queued());
    }
}
