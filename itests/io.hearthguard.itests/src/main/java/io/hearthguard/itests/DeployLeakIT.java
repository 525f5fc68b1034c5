package io.hearthguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.platform.deploy.DeployAttempt;
import io.hearthguard.platform.deploy.DeployService;
import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;
import io.hearthguard.platform.traffic.ObserverCompletion;

/**
 * The example protection updated many times in the running hub through the deploy
 * lifecycle (1.0.0 and 2.0.0 alternating, each signed, health-checked and committed): the
 * class loader of every old revision is collected (a weak reference to its protection class
 * clears after GC), and the hub's threads and metaspace come back to their baseline.
 * {@code HEARTHGUARD_LEAK_UPDATES=100} in the environment for the full run (default 10, the CI run).
 */
@ExtendWith(BundleContextExtension.class)
class DeployLeakIT {
    static final int UPDATES = envInt("HEARTHGUARD_LEAK_UPDATES", 10);
    static final String BSN = "io.hearthguard.example.protection";
    static final String CLASS = "io.hearthguard.example.protection.TelnetWatch";
    static final String FILE = "leak-acme.jar";

    @InjectBundleContext
    BundleContext context;

    Path data;
    Path work;
    List<byte[]> jars;
    Dictionary<String, Object> before;

    @BeforeEach
    void signTheTwoVersions() throws Exception {
        data = Path.of(context.getProperty("hearthguard.data"));
        work = Files.createTempDirectory("leak");
        VendorKey key = VendorKey.create(work, "leak", "CN=Leak Test Vendor (itest)");
        key.trustIn(data.resolve("trust/leak-vendor.pem"));
        jars = List.of(Files.readAllBytes(key.sign(HotDeployIT.example("io.hearthguard.example.protection"), work.resolve("v1.jar"))),
                Files.readAllBytes(key.sign(HotDeployIT.example("io.hearthguard.example.protection.v2"), work.resolve("v2.jar"))));
        before = configure();
    }

    @AfterEach
    void removeIt() throws Exception {
        try {
            Files.deleteIfExists(data.resolve("deploy").resolve(FILE));
            Await.until("the bundle is uninstalled with its file", Duration.ofSeconds(20), () -> acme() == null);
            Files.deleteIfExists(data.resolve("trust/leak-vendor.pem"));
        } finally {
            restore(before);
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void updatingAProtectionManyTimesLeavesNoClassLoaderThreadOrMetaspaceBehind() throws Exception {
        // warm up: install, then two updates, so that what the first update loads once is in the baseline
        deploy(jars.get(0), DeployAttempt.Verdict.INSTALLED);
        deploy(jars.get(1), DeployAttempt.Verdict.UPDATED);
        deploy(jars.get(0), DeployAttempt.Verdict.UPDATED);
        collect();
        int threads0 = ManagementFactory.getThreadMXBean().getThreadCount();
        long meta0 = metaspace();
        long t0 = System.nanoTime();

        List<WeakReference<Class<?>>> old = new ArrayList<>();
        for (int i = 0; i < UPDATES; i++) {
            old.add(new WeakReference<>(acme().loadClass(CLASS)));
            deploy(jars.get((i + 1) % 2), DeployAttempt.Verdict.UPDATED);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long metaPeak = metaspace();
        Await.until("the class loaders of all " + UPDATES + " old revisions are collected", Duration.ofSeconds(60), () -> {
            collect();
            return old.stream().allMatch(r -> r.get() == null);
        });
        // threads a revision started end with it; allow the JVM's own (GC, compiler) a little slack
        Await.until("threads back to the baseline", Duration.ofSeconds(30),
                () -> ManagementFactory.getThreadMXBean().getThreadCount() <= threads0 + 2);
        collect();
        long meta1 = metaspace();
        int threads1 = ManagementFactory.getThreadMXBean().getThreadCount();
        System.out.printf("DeployLeakIT: %d updates in %d ms (%.0f ms each, signed, health-checked); threads %d -> %d;"
                + " metaspace %.1f MiB -> %.1f MiB after the updates -> %.1f MiB after GC; %d/%d old loaders collected%n",
                UPDATES, ms, (double) ms / UPDATES, threads0, threads1, meta0 / 1048576.0, metaPeak / 1048576.0, meta1 / 1048576.0,
                old.stream().filter(r -> r.get() == null).count(), old.size());
        // the loaders are gone (above). Metaspace: 100 updates left 1.4 MiB after GC in the first full run (docs/benchmarks.md);
        // the 2 MiB bound was set after seeing that, so it is a regression guard, not an independent check
        assertTrue(meta1 - meta0 < 2L << 20, "metaspace grew by " + (meta1 - meta0) + " bytes over " + UPDATES + " updates");
        assertEquals(UPDATES % 2 == 0 ? "1.0.0" : "2.0.0", acme().getVersion().toString(), "the last update is running");
    }

    /**
     * Flows at {@value #RATE} a second from a live session into the protection host (the
     * capture thread's entry into the pipeline) while the protection is updated: how long each
     * call into the host takes (the pause the capture thread would see) and whether every flow
     * is accounted for by every protection that was bound throughout (handled, failed or
     * dropped as live traffic is, none unaccounted). Excludes the capture's own decoding.
     */
    @Test
    void underFiftyThousandFlowsASecondUpdatesLoseNothingUnaccountedAndBarelyPauseThePipeline() throws Exception {
        int updates = envInt("HEARTHGUARD_LOAD_UPDATES", 5);
        deploy(jars.get(0), DeployAttempt.Verdict.INSTALLED);
        TrafficObserver host = host();
        ProtectionStatusService status = context.getService(context.getServiceReference(ProtectionStatusService.class));
        java.util.Map<Long, ProtectionStatus> start = new java.util.HashMap<>();
        for (ProtectionStatus p : status.protections()) {
            // the built-in ones (bound throughout); the acme protection is the one being updated
            if (p.deviceTypes().isEmpty() && !"acme".equals(p.vendor()) && takesFlows(p.serviceId()) && p.state() == ProtectionStatus.State.ACTIVE) {
                start.put(p.serviceId(), p);
            }
        }
        assertTrue(!start.isEmpty(), "no built-in protection takes every device's flows: " + status.protections());
        CaptureSession live = new TestSession("load", true);
        host.sessionStarted(live);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        long[] callNanos = new long[RATE * 600];
        long[] sent = new long[1];
        Thread feeder = new Thread(() -> {
            java.time.Instant t = java.time.Instant.parse("2026-11-22T09:00:00Z");
            long begin = System.nanoTime();
            long n = 0;
            while (!stop.get() && n < callNanos.length) {
                long due = begin + n * 1_000_000_000L / RATE;
                long now = System.nanoTime();
                if (now < due) {
                    java.util.concurrent.locks.LockSupport.parkNanos(Math.min(due - now, 1_000_000));
                    continue;
                }
                TestFlow f = new TestFlow(FLOW_IDS + n, FlowRecord.Phase.STARTED, 6, "192.0.2.30", 1024 + (int) (n % 60_000), "198.51.100.30", 443,
                        0x0200_0000_0030L, t.plusNanos(n * 20_000));
                long c0 = System.nanoTime();
                host.flow(f);
                callNanos[(int) n] = System.nanoTime() - c0;
                n++;
            }
            sent[0] = n;
        }, "load-feeder");
        long t0 = System.nanoTime();
        feeder.start();
        try {
            for (int i = 0; i < updates; i++) {
                deploy(jars.get((i + 1) % 2), DeployAttempt.Verdict.UPDATED);
            }
        } finally {
            stop.set(true);
            feeder.join(30_000);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        host.sessionEnded(live);
        context.getService(context.getServiceReference(ObserverCompletion.class)).completed().toCompletableFuture().get(60, TimeUnit.SECONDS);
        long n = sent[0];
        long[] sorted = Arrays.copyOf(callNanos, (int) n);
        Arrays.sort(sorted);
        long p99 = sorted[(int) (n * 99 / 100)];
        long max = sorted[(int) n - 1];
        StringBuilder accounts = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        for (ProtectionStatus s0 : start.values()) {
            ProtectionStatus s1 = status.byServiceId(s0.serviceId()).orElseThrow(() -> new AssertionError(s0.name() + " was unbound during the test"));
            long handled = (s1.delivered() - s0.delivered()) + (s1.failures() - s0.failures()) + (s1.dropped() - s0.dropped());
            accounts.append(s1.name()).append(": handled ").append(s1.delivered() - s0.delivered()).append(", dropped ").append(s1.dropped() - s0.dropped())
                    .append(", failed ").append(s1.failures() - s0.failures()).append(", queued ").append(s1.queued()).append("; ");
            // every flow, plus the session's end, which the host hands to each protection as one more event
            if (handled != n + 1 || s1.queued() != 0) {
                wrong.add(s1.name());
            }
        }
        System.out.printf("DeployLeakIT load: %d flows in %.1f s (%.0f/s, target %d/s) during %d updates; host.flow() call p50 %.1f µs, p99 %.1f µs,"
                + " max %.1f ms; %s%n", n, seconds, n / seconds, RATE, updates, sorted[(int) (n / 2)] / 1e3, p99 / 1e3, max / 1e6, accounts);
        assertTrue(wrong.isEmpty(), "flows not accounted for (sent " + n + " + the session end) by " + wrong + ": " + accounts);
        assertTrue(p99 < 100_000_000L, "p99 pause of the capture thread's call into the host " + p99 / 1e6 + " ms");
    }

    static final int RATE = 50_000;
    static final long FLOW_IDS = 5_000_000L;

    private boolean takesFlows(long serviceId) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
            Object streams = refs == null ? null : refs[0].getProperty(ProtectionService.PROP_STREAMS);
            return streams == null || Arrays.asList(streams instanceof String[] a ? a : new String[] { String.valueOf(streams) }).contains("flow");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private TrafficObserver host() throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences(TrafficObserver.class.getName(), "(component.name=io.hearthguard.guard.internal.ProtectionHost)");
        assertNotNull(refs, "protection host not registered");
        return (TrafficObserver) context.getService(refs[0]);
    }

    static int envInt(String name, int dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
    }

    private void deploy(byte[] jar, DeployAttempt.Verdict expected) throws Exception {
        ServiceReference<DeployService> ref = context.getServiceReference(DeployService.class);
        assertNotNull(ref, "no DeployService");
        DeployService d = context.getService(ref);
        try (InputStream in = new java.io.ByteArrayInputStream(jar)) {
            DeployAttempt a = d.deploy(FILE, in, "itest", DeployService.VIA_REST);
            assertEquals(expected, a.verdict(), a.reason());
        } finally {
            context.ungetService(ref);
        }
    }

    Bundle acme() {
        return Arrays.stream(context.getBundles()).filter(b -> BSN.equals(b.getSymbolicName())).findFirst().orElse(null);
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> "Metaspace".equals(p.getName()))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /**
     * Sets the deployer for this test: downgrades allowed (2.0.0 back to 1.0.0), no observation
     * window, and no hourly upload limit in the way; returns the configuration before.
     */
    private Dictionary<String, Object> configure() throws Exception {
        Configuration c = configuration();
        Dictionary<String, Object> before = c.getProperties();
        Hashtable<String, Object> p = new Hashtable<>();
        if (before != null) {
            for (String k : Collections.list(before.keys())) {
                p.put(k, before.get(k));
            }
        }
        p.put("allowDowngrade", Boolean.TRUE);
        p.put("observeMillis", 0L);
        p.put("maxUploadsPerHour", 10_000);
        c.update(p);
        Await.until("the deployer runs with the test's settings", Duration.ofSeconds(20), () -> {
            ServiceReference<DeployService> ref = context.getServiceReference(DeployService.class);
            return ref != null && Boolean.TRUE.equals(ref.getProperty("allowDowngrade")) && Integer.valueOf(10_000).equals(ref.getProperty("maxUploadsPerHour"));
        });
        return before;
    }

    private void restore(Dictionary<String, Object> before) throws Exception {
        Configuration c = configuration();
        if (before == null) {
            c.delete();
        } else {
            c.update(before);
        }
    }

    private Configuration configuration() throws Exception {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        return context.getService(ref).getConfiguration("io.hearthguard.deploy", "?");
    }
}
