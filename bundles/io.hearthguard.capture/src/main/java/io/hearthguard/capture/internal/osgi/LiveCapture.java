package io.hearthguard.capture.internal.osgi;

import java.lang.System.Logger.Level;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.Engine;
import io.hearthguard.capture.internal.EngineConfig;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;
import io.hearthguard.capture.internal.live.CaptureUnavailableException;
import io.hearthguard.capture.internal.live.LivePcapSource;
import io.hearthguard.capture.internal.live.WarmUpTraffic;

/**
 * Live capture in the hub (PID {@code io.hearthguard.capture.live}, disabled by default):
 * reads an interface through the system libpcap on its own thread and feeds the hub's
 * traffic observers. Kernel drops from pcap_stats are added to the session's counters.
 */
@Component(configurationPid = LiveCapture.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LiveCapture.Config.class)
public final class LiveCapture {
    public static final String PID = "io.hearthguard.capture.live";
    private static final System.Logger LOG = System.getLogger(LiveCapture.class.getName());

    @ObjectClassDefinition(name = "Hearthguard live capture",
            description = "Captures an interface with libpcap. Needs CAP_NET_RAW and CAP_NET_ADMIN (see docs/capture.md).")
    public @interface Config {
        @AttributeDefinition(description = "Capture at all")
        boolean enabled() default false;

        @AttributeDefinition(name = "interface", description = "Interface name, e.g. eth0 or br-lan (required when enabled; no default)")
        String interface$() default "";

        @AttributeDefinition(description = "Old name of 'interface', still read; the two must agree when both are given")
        String iface() default "";

        @AttributeDefinition(description = "BPF capture filter (tcpdump syntax); empty for everything")
        String filter() default "";

        @AttributeDefinition(description = "Bytes captured per packet")
        int snaplen() default 1600;

        @AttributeDefinition(description = "Promiscuous mode")
        boolean promiscuous() default true;

        @AttributeDefinition(description = "Kernel ring buffer in bytes, from 1 MiB to 512 MiB (0: libpcap's default, 2 MiB). "
                + "It holds the frames that arrive while the JVM is still warming up: 64 MiB is about 70,000 frames of 900 bytes, "
                + "0.23 s at 300,000 packets/s (docs/benchmarks.md, Round 5)")
        int bufferBytes() default DEFAULT_BUFFER_BYTES;

        @AttributeDefinition(description = "Most flows kept in memory")
        int maxFlows() default 131_072;

        @AttributeDefinition(description = "Synthetic frames (made by the hub, never sent) run through libpcap and the pipeline "
                + "before the first frame of the interface is read, so that the JVM has compiled the capture path for the real ones; "
                + "0 to 1,000,000, 0 for none (docs/benchmarks.md, Round 5)")
        int warmUpPackets() default DEFAULT_WARM_UP_PACKETS;
    }

    /** The kernel buffer when none is configured (benchmarks.md, "Round 5: live capture from a cold start"). */
    public static final int DEFAULT_BUFFER_BYTES = 64 * 1024 * 1024;
    /** The bounds of a configured buffer: kernel memory that cannot be swapped, so a typo must not take the box's RAM. */
    public static final int MIN_BUFFER_BYTES = 1024 * 1024;
    public static final int MAX_BUFFER_BYTES = 512 * 1024 * 1024;

    /** Frames of the warm-up before the first frame is read (benchmarks.md, "Round 5: live capture from a cold start"). */
    public static final int DEFAULT_WARM_UP_PACKETS = 40_000;

    private final Thread thread;
    private volatile LivePcapSource source;
    private volatile boolean stop;
    private final BundleContext context;
    private volatile ServiceRegistration<Object> failure;

    /**
     * Opens the interface before returning, so that a wrong name, a missing capability or a
     * bad filter fails the component (shown by {@code /api/health} as DEGRADED, with the
     * reason) instead of failing quietly on a thread. Never falls back to another interface.
     */
    @Activate
    public LiveCapture(@Reference TrafficHub hub, Config c, BundleContext context) {
        this.context = context;
        if (!c.enabled()) {
            thread = null;
            return;
        }
        String iface = interfaceName(c.interface$(), c.iface());
        int buffer = bufferBytes(c.bufferBytes());
        int warmUp = warmUpPackets(c.warmUpPackets());
        LivePcapSource src;
        try {
            src = LivePcapSource.open(iface, c.filter(), Math.max(64, Math.min(c.snaplen(), RawPacket.MAX_SNAPLEN)), c.promiscuous(), buffer);
        } catch (CaptureUnavailableException e) {
            LOG.log(Level.ERROR, e.getMessage());
            throw new IllegalStateException(e.getMessage());
        }
        source = src;
        thread = new Thread(() -> run(hub, c, iface, src, warmUp), "hearthguard-capture-" + iface);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * @return the configured kernel buffer: 0 (libpcap's default) or 1 MiB to 512 MiB
     * @throws IllegalArgumentException naming the bounds, for anything else (the component then fails and
     *         {@code /api/health} shows the reason; capture never starts with a buffer nobody asked for)
     */
    static int bufferBytes(int configured) {
        if (configured == 0 || (configured >= MIN_BUFFER_BYTES && configured <= MAX_BUFFER_BYTES)) {
            return configured;
        }
        throw new IllegalArgumentException(PID + ": bufferBytes=" + configured + " is outside 1048576 (1 MiB) to 536870912 (512 MiB); "
                + "0 means libpcap's default; live capture is not started");
    }

    /**
     * @return the configured number of warm-up frames, 0 to {@link WarmUpTraffic#MAX_PACKETS}
     * @throws IllegalArgumentException naming the bounds, for anything else
     */
    public static int warmUpPackets(int configured) {
        if (configured >= 0 && configured <= WarmUpTraffic.MAX_PACKETS) {
            return configured;
        }
        throw new IllegalArgumentException(PID + ": warmUpPackets=" + configured + " is outside 0 to " + WarmUpTraffic.MAX_PACKETS
                + "; live capture is not started");
    }

    /**
     * Runs {@code packets} frames of {@link WarmUpTraffic} through the same code as live capture (on the capture thread,
     * before it reads the interface): a capture file read by
     * libpcap through {@link LivePcapSource} (the direct-mapped {@code pcap_next_ex}), a new {@link Engine} with the
     * configured flow table, and a dispatcher to one observer that takes flows, metadata and meters and keeps nothing.
     * The engine, its session (never published) and the file are thrown away: no observer of the hub sees a frame of it.
     * A warm-up that cannot run (no room for the file, no libpcap) is logged and skipped; capture does not depend on it.
     *
     * @return the frames the warm-up processed
     */
    public static long warmUp(int packets, int maxFlows) {
        return warmUp(packets, maxFlows, () -> false);
    }

    /** As {@link #warmUp(int, int)}, ending early once {@code stopped} says so (the component is deactivated). */
    static long warmUp(int packets, int maxFlows, java.util.function.BooleanSupplier stopped) {
        if (packets <= 0) {
            return 0;
        }
        Path file = null;
        try {
            // in memory where Linux has it (tmpfs), so a gateway's flash is not written ~10 MB at every start
            Path shm = Path.of("/dev/shm");
            file = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempFile(shm, "hearthguard-capture-warm-up", ".pcap")
                    : Files.createTempFile("hearthguard-capture-warm-up", ".pcap");
            WarmUpTraffic.write(file, packets);
            Engine e = new Engine(EngineConfig.defaults().withMaxFlows(maxFlows),
                    new Dispatcher(List.of(new Dispatcher.Registration(new TrafficObserver() {
                    }, Map.of()))), new Session("warm-up", false));
            try (LivePcapSource s = LivePcapSource.openOffline(file.toString())) {
                RawPacket raw = new RawPacket();
                e.start();
                while (!stopped.getAsBoolean() && s.next(raw)) {
                    e.packet(raw);
                }
                e.finish();
            }
            return e.processed();
        } catch (java.io.IOException | CaptureUnavailableException | RuntimeException x) {
            LOG.log(Level.WARNING, "live capture warm-up skipped: " + x);
            return 0;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException x) {
                    LOG.log(Level.WARNING, "could not delete the warm-up file " + file + ": " + x.getMessage());
                }
            }
        }
    }

    /**
     * @return the configured interface, which must exist on this machine ({@code any} is
     *         libpcap's all-interfaces device)
     * @throws IllegalArgumentException naming the problem and the interfaces there are
     */
    static String interfaceName(String configured, String old) {
        String name = configured == null ? "" : configured.trim();
        String alias = old == null ? "" : old.trim();
        if (!name.isEmpty() && !alias.isEmpty() && !name.equals(alias)) {
            throw new IllegalArgumentException(PID + ": interface=" + name + " and iface=" + alias + " disagree; keep only interface");
        }
        if (name.isEmpty()) {
            name = alias;
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException(PID + ": enabled=true needs interface=<name>; interfaces here: " + interfaces());
        }
        try {
            if (!"any".equals(name) && NetworkInterface.getByName(name) == null && !linuxInterface(name)) {
                throw new IllegalArgumentException(PID + ": interface=" + name + " does not exist on this machine (interfaces here: " + interfaces()
                        + "); live capture is not started");
            }
        } catch (SocketException e) {
            throw new IllegalArgumentException(PID + ": cannot list the network interfaces to check interface=" + name + ": " + e.getMessage());
        }
        return name;
    }

    /**
     * Java lists only interfaces that have an address; a mirror port or a sniffing-only
     * interface often has none, so on Linux the kernel's own list counts too.
     */
    private static boolean linuxInterface(String name) {
        return linuxInterface(Path.of("/sys/class/net"), name);
    }

    static boolean linuxInterface(Path sysClassNet, String name) {
        return name.matches("[A-Za-z0-9_.:@-]{1,15}") && !name.startsWith(".") && Files.isDirectory(sysClassNet.resolve(name));
    }

    private static String interfaces() {
        try {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                names.add(ni.getName());
            }
            try (var dir = Files.list(Path.of("/sys/class/net"))) {
                dir.forEach(p -> names.add(p.getFileName().toString()));
            } catch (java.io.IOException | RuntimeException e) {
                // not Linux: Java's list is all there is
            }
            names.remove("any");
            return String.join(", ", names) + ", any";
        } catch (SocketException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }

    /**
     * The capture thread: first the warm-up (the interface is open, so frames that arrive meanwhile wait in the kernel
     * ring or are counted as kernel drops: none is missed without being counted, and the hub's start is not held up by
     * it), then the capture.
     */
    private void run(TrafficHub hub, Config c, String iface, LivePcapSource src, int warmUpPackets) {
        if (warmUpPackets > 0 && !stop) {
            long w0 = System.nanoTime();
            long warmed = warmUp(warmUpPackets, c.maxFlows(), () -> stop);
            LOG.log(Level.INFO, "live capture on " + iface + " warmed up on " + warmed + " synthetic frames in " + (System.nanoTime() - w0) / 1_000_000
                    + " ms");
        }
        if (stop) {
            src.close();
            return;
        }
        LOG.log(Level.INFO, "live capture on " + iface + " started (link type " + src.linkType() + ", libpcap's packets read through JNA "
                + (src.direct() ? "direct mapping" : "interface mapping: direct mapping unavailable") + ")");
        try {
            pump(hub, c.maxFlows(), iface, src, src::kernelDrops, () -> stop);
            if (!stop) {
                failed(iface, "the capture source ended");
            }
        } catch (Exception x) {
            LOG.log(Level.ERROR, x.getMessage());
            if (!stop) {
                failed(iface, x.getMessage());
            }
        } finally {
            src.close();
        }
    }

    /**
     * Feeds the hub's observers from {@code src} until it ends. The observers of a session are
     * fixed when it starts, and the hub's come one by one while it starts (the protection host
     * waits for the store): when the set of observers changes, the session ends and a new one
     * starts with every observer registered then, so a live capture started before them feeds
     * them too. Each session counts its own packets and kernel drops (pcap_stats counts over
     * the whole handle: a session's share is the difference).
     */
    static void pump(TrafficHub hub, int maxFlows, String iface, PacketSource src, java.util.function.LongSupplier kernelDrops,
            java.util.function.BooleanSupplier stopped) throws java.io.IOException {
        RawPacket raw = new RawPacket();
        CallTimes times = hub.liveCallTimes();
        long dropsBefore = 0; // kernel drops of the handle counted by earlier sessions
        boolean more = true;
        while (more && !stopped.getAsBoolean()) {
            long generation = hub.generation();
            Session s = new Session(iface, true);
            Engine e = new Engine(EngineConfig.defaults().withMaxFlows(maxFlows), new Dispatcher(hub.observers()), s);
            var reg = hub.publish(s, e);
            e.start();
            try {
                long n = 0;
                while (true) {
                    if (!src.next(raw)) {
                        more = false;
                        break;
                    }
                    long t0 = System.nanoTime();
                    e.packet(raw);
                    times.record(System.nanoTime() - t0);
                    if ((++n & 0x3FFF) == 0) {
                        e.kernelDrops(kernelDrops.getAsLong() - dropsBefore);
                    }
                    if (hub.generation() != generation) {
                        LOG.log(Level.INFO, "traffic observers changed: live capture on " + iface + " starts a new session for them");
                        break;
                    }
                }
            } finally {
                long drops = kernelDrops.getAsLong();
                e.kernelDrops(drops - dropsBefore);
                dropsBefore = drops;
                e.finish();
                hub.ended(s);
                TrafficHub.unpublish(reg);
                LOG.log(Level.INFO, "live capture session ended: " + s);
            }
        }
    }

    /** Live capture stopped without being asked to: /api/health reports it (see the health bundle's failure property). */
    private void failed(String iface, String why) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("component.name", LiveCapture.class.getName());
        p.put("hearthguard.health.failure", "live capture on " + iface + " stopped: " + why + "; fix it and save " + PID + " again");
        try {
            failure = context.registerService(Object.class, new Object(), p);
        } catch (IllegalStateException bundleStopping) {
            // nothing to report to
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stop = true;
        ServiceRegistration<Object> f = failure;
        if (f != null) {
            try {
                f.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered with the bundle
            }
        }
        LivePcapSource s = source;
        if (s != null) {
            s.breakLoop();
        }
        if (thread != null) {
            thread.join(5000);
        }
    }
}
