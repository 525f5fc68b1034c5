package io.hearthguard.capture.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.platform.cli.Command;

/**
 * The built bundle in a real Felix framework with SCR: the analyze command is registered
 * through DS and the framework's traffic observers (whiteboard) see the analysed capture.
 * The API packages come from the test class path through the system bundle.
 */
class CaptureBundleIT {
    @TempDir
    Path storage;

    static String jar(String name) {
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(e).getFileName().toString().startsWith(name) && e.endsWith(".jar")) {
                return e;
            }
        }
        throw new AssertionError(name + " not on the test class path");
    }

    @Test
    void analyzeCommandRunsInsideTheFrameworkAndFeedsRegisteredObservers() throws Exception {
        String shared = System.getProperty("hearthguard.shared");
        Path pcap = shared == null ? null : Path.of(shared, "data/pcap/zeek/dns53.pcap");
        assumeTrue(pcap != null && Files.isRegularFile(pcap), "shared data absent");
        Map<String, String> props = new java.util.HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",",
                "io.hearthguard.api.traffic;version=1.1.0", "io.hearthguard.api.device;version=1.1.0",
                "io.hearthguard.api.finding;version=1.0.0", "io.hearthguard.platform.cli;version=1.1.0",
                "io.hearthguard.platform.metrics;version=1.0.0", "io.hearthguard.platform.replay;version=1.0.0",
                "io.hearthguard.platform.traffic;version=1.1.0"));
        Framework fw = new org.apache.felix.framework.FrameworkFactory().newFramework(props);
        fw.start();
        try {
            BundleContext ctx = fw.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String j : List.of(jar("org.osgi.util.function"), jar("org.osgi.util.promise"), jar("org.osgi.service.component-"),
                    jar("org.apache.felix.scr"), jar("jackson-core"), jar("jna-"), System.getProperty("capture.bundle"))) {
                bundles.add(ctx.installBundle(new File(j).toURI().toString()));
            }
            for (Bundle b : bundles) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start();
                }
            }
            AtomicLong flows = new AtomicLong();
            Dictionary<String, Object> p = new Hashtable<>();
            p.put(TrafficObserver.PROP_STREAMS, new String[] {"flow"});
            ctx.registerService(TrafficObserver.class, new TrafficObserver() {
                @Override
                public void flow(FlowRecord f) {
                    flows.incrementAndGet();
                }
            }, p);
            Command cmd = null;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (cmd == null && System.nanoTime() < deadline) {
                Collection<ServiceReference<Command>> refs = ctx.getServiceReferences(Command.class, "(hearthguard.command=analyze)");
                if (!refs.isEmpty()) {
                    cmd = ctx.getService(refs.iterator().next());
                } else {
                    Thread.onSpinWait();
                }
            }
            assertNotNull(cmd, "analyze command service registered by DS");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = cmd.run(List.of(pcap.toString(), "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, rc);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"type\":\"summary\""));
            assertTrue(flows.get() >= 2, "STARTED and ENDED reached the registered observer: " + flows.get());
        } finally {
            fw.stop();
            fw.waitForStop(10_000);
        }
    }
}
