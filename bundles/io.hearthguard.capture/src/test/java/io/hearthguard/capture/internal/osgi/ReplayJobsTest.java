package io.hearthguard.capture.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Shared;
import io.hearthguard.platform.replay.ReplayJob;
import io.hearthguard.platform.replay.ReplayOutcome;
import io.hearthguard.platform.traffic.ObserverCompletion;

/**
 * The replay service over real capture files: outcomes with counts, one job at a time in
 * order, the outcome only after the observers completed, clear failures, bounded waiting.
 */
class ReplayJobsTest {

    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    TrafficHub hub;
    ReplayJobs jobs;

    static BundleContext context() {
        ServiceRegistration<?> reg = (ServiceRegistration<?>) Proxy.newProxyInstance(ReplayJobsTest.class.getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (p, m, a) -> null);
        return (BundleContext) Proxy.newProxyInstance(ReplayJobsTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, a) -> {
                    if (m.getName().equals("registerService")) {
                        return reg;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /** Records which file each ended flow came from; completes only when the test says so. */
    final class Observer implements TrafficObserver, ObserverCompletion {
        volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);
        volatile String source;
        final CountDownLatch firstSessionEnded = new CountDownLatch(1);

        @Override
        public void sessionEnded(CaptureSession s) {
            firstSessionEnded.countDown();
        }

        @Override
        public void sessionStarted(CaptureSession s) {
            source = Path.of(s.source()).getFileName().toString();
            seen.add("start " + source);
        }

        @Override
        public void flow(FlowRecord f) {
            if (f.phase() == FlowRecord.Phase.ENDED) {
                seen.add("flow " + source);
            }
        }

        @Override
        public CompletableFuture<Void> completed() {
            return gate;
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (jobs != null) {
            jobs.deactivate();
        }
    }

    @Test
    void jobsRunInOrderOneAtATimeAndEndWithTheirCountsAfterTheObserversCompleted() throws Exception {
        hub = new TrafficHub(context());
        Observer o = new Observer();
        hub.addObserver(o, Map.of());
        jobs = new ReplayJobs(hub);
        CompletableFuture<Void> gate = new CompletableFuture<>();
        o.gate = gate;
        ReplayJob a = jobs.submit(Shared.pcap("zeek/tls__tls1.2.pcap"), false);
        ReplayJob b = jobs.submit(Shared.pcap("zeek/dns53.pcap"), false);
        // a's file is read, but its observers have not completed: no outcome yet, b waits
        CompletableFuture<ReplayOutcome> first = a.outcome().toCompletableFuture();
        assertTrue(o.firstSessionEnded.await(10, TimeUnit.SECONDS), "a's file was not read");
        assertTrue(a.started());
        assertFalse(first.isDone(), "the outcome came before the observers completed");
        assertFalse(b.started(), "two replays ran at once");
        o.gate = CompletableFuture.completedFuture(null);
        gate.complete(null);
        ReplayOutcome ra = first.get(10, TimeUnit.SECONDS);
        ReplayOutcome rb = b.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertTrue(ra.done() && rb.done(), ra + " " + rb);
        assertEquals(22, ra.packetsReceived());
        assertEquals(ra.packetsReceived(), ra.packetsProcessed() + ra.packetsDropped());
        assertTrue(rb.packetsReceived() > 0);
        assertEquals("start tls__tls1.2.pcap", seen.get(0));
        assertTrue(seen.indexOf("start dns53.pcap") > seen.lastIndexOf("flow tls__tls1.2.pcap"), "b started before a ended: " + seen);
    }

    @Test
    void aMissingFileFailsWithAReasonAndACancelledJobNeverStarts() throws Exception {
        hub = new TrafficHub(context());
        Observer o = new Observer();
        hub.addObserver(o, Map.of());
        CompletableFuture<Void> gate = new CompletableFuture<>();
        o.gate = gate;
        jobs = new ReplayJobs(hub);
        ReplayJob holder = jobs.submit(Shared.pcap("zeek/dns53.pcap"), false); // holds the runner until the gate opens
        ReplayJob missing = jobs.submit(Path.of("/nonexistent/capture.pcap"), false);
        ReplayJob cancelled = jobs.submit(Shared.pcap("zeek/dns53.pcap"), false);
        cancelled.cancel();
        gate.complete(null);
        assertTrue(holder.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS).done());
        ReplayOutcome m = missing.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertFalse(m.done());
        assertTrue(m.reason() != null && !m.reason().isBlank() && !m.reason().equals("null"), m.reason());
        ReplayOutcome c = cancelled.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals(ReplayOutcome.failed("stopped before it started"), c);
        assertFalse(cancelled.started());
    }

    @Test
    void waitingJobsAreBoundedAndAStopEndsThemAsFailed() throws Exception {
        hub = new TrafficHub(context());
        CountDownLatch hold = new CountDownLatch(1);
        hub.addObserver(new TrafficObserver() {
            @Override
            public void sessionStarted(CaptureSession s) {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, Map.of());
        jobs = new ReplayJobs(hub);
        List<ReplayJob> queued = new ArrayList<>();
        queued.add(jobs.submit(Shared.pcap("zeek/dns53.pcap"), false));
        CountDownLatch never = new CountDownLatch(1); // only to wait between polls
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!queued.get(0).started()) { // the runner took the first job (it is held in sessionStarted)
            assertTrue(System.nanoTime() < end, "the first job never started");
            never.await(10, TimeUnit.MILLISECONDS);
        }
        for (int i = 0; i < ReplayJobs.MAX_WAITING; i++) {
            queued.add(jobs.submit(Shared.pcap("zeek/dns53.pcap"), false));
        }
        assertThrows(IllegalStateException.class, () -> jobs.submit(Shared.pcap("zeek/dns53.pcap"), false));
        jobs.deactivate();
        hold.countDown();
        for (ReplayJob j : queued) {
            ReplayOutcome o = j.outcome().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertFalse(o.done(), "a job finished although the service stopped: " + o);
        }
        assertThrows(IllegalStateException.class, () -> jobs.submit(Shared.pcap("zeek/dns53.pcap"), false));
        jobs = null;
    }
}
