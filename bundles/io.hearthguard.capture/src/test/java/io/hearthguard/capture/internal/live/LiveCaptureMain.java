package io.hearthguard.capture.internal.live;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.jna.Pointer;

import io.hearthguard.api.traffic.DeviceMeter;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.DropReason;
import io.hearthguard.capture.internal.Engine;
import io.hearthguard.capture.internal.EngineConfig;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.io.RawPacket;

/**
 * Live capture through the real pipeline, outside OSGi, for {@link LiveNetnsTest} and
 * {@code bench/live-bench.sh}: opens an interface with {@link LivePcapSource}, feeds every
 * packet to an {@link Engine} with one observer that takes flows, metadata and meters (the
 * hub's default streams), and prints one JSON line on stdout when it stops.
 *
 * <pre>
 * LiveCaptureMain IFACE [--seconds N] [--stop-file F] [--idle-ms M] [--buffer BYTES] [--filter BPF] [--stdin stop] [--warmup FILE] [--trace-ms MS]
 *     [--warm-up-packets N]
 * </pre>
 *
 * With {@code --trace-ms} the capture thread notes, at most every MS milliseconds and only when a packet arrives, the time, the
 * packets read, libpcap's ps_recv and kernel drops so far ({@code pcap_stats}) and the backlog in the ring (received, not
 * dropped, not yet read) and the capture thread's CPU time, and prints them on stderr at the end ("trace ..." lines).
 *
 * With {@code --warmup} the same code first reads a capture file twice (see {@link #warmUp}). After the interface opens and
 * before "ready" it runs the hub's own warm-up ({@code LiveCapture.warmUp}, {@code --warm-up-packets}, default as in the hub;
 * 0 for none), as the hub's capture thread does before its first read.
 *
 * It prints {@code ready} on stderr once the interface is open and the warm-up done. It stops when stdin closes
 * (with {@code --stdin stop}), after {@code --seconds} (default 60), or once {@code --stop-file} exists and no packet
 * arrived for {@code --idle-ms} (default 500), so that a backlog in the kernel ring is read
 * before the counters are taken. Exit code 2: the interface could not be opened (message on
 * stderr).
 */
public final class LiveCaptureMain {
    private LiveCaptureMain() {
    }

    /** Counts what the pipeline delivers, like a light hub observer. */
    static final class CountingObserver implements TrafficObserver {
        final AtomicLong flows = new AtomicLong();
        final AtomicLong metadata = new AtomicLong();
        final AtomicLong meters = new AtomicLong();

        @Override
        public void flow(FlowRecord flow) {
            flows.incrementAndGet();
        }

        @Override
        public void metadata(TrafficMetadata record) {
            metadata.incrementAndGet();
        }

        @Override
        public void meter(DeviceMeter meter) {
            meters.incrementAndGet();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LiveCaptureMain IFACE [--seconds N] [--stop-file F] [--idle-ms M] [--buffer BYTES] [--filter BPF] [--stdin stop] [--warmup FILE] [--trace-ms MS] [--warm-up-packets N]");
            System.exit(64);
        }
        String iface = args[0];
        long seconds = 60;
        Path stopFile = null;
        long idleMs = 500;
        int buffer = io.hearthguard.capture.internal.osgi.LiveCapture.DEFAULT_BUFFER_BYTES;
        String filter = "";
        boolean stdinStop = false;
        Path warmup = null;
        long traceMs = 0;
        int warmUpPackets = io.hearthguard.capture.internal.osgi.LiveCapture.DEFAULT_WARM_UP_PACKETS;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Math.max(1, Math.min(3600, Long.parseLong(args[i + 1])));
                case "--stop-file" -> stopFile = Path.of(args[i + 1]);
                case "--idle-ms" -> idleMs = Math.max(50, Math.min(60_000, Long.parseLong(args[i + 1])));
                case "--buffer" -> buffer = Math.max(0, Math.min(1 << 30, Integer.parseInt(args[i + 1])));
                case "--filter" -> filter = args[i + 1];
                case "--stdin" -> stdinStop = "stop".equals(args[i + 1]);
                case "--warmup" -> warmup = Path.of(args[i + 1]);
                case "--warm-up-packets" -> warmUpPackets = io.hearthguard.capture.internal.osgi.LiveCapture.warmUpPackets(Integer.parseInt(args[i + 1]));
                case "--trace-ms" -> traceMs = Math.max(10, Math.min(10_000, Long.parseLong(args[i + 1])));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(64);
                }
            }
        }
        long warmed = warmup == null ? 0 : warmUp(warmup);
        LivePcapSource src;
        try {
            src = LivePcapSource.open(iface, filter, 1600, true, buffer);
        } catch (CaptureUnavailableException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // as LiveCapture does: the interface is open, the warm-up runs before the first frame is read
        long w0 = System.nanoTime();
        long synthetic = io.hearthguard.capture.internal.osgi.LiveCapture.warmUp(warmUpPackets, EngineConfig.defaults().maxFlows());
        long warmUpMs = (System.nanoTime() - w0) / 1_000_000;
        CountingObserver obs = new CountingObserver();
        Session session = new Session(iface, true);
        Engine engine = new Engine(EngineConfig.defaults(), new Dispatcher(List.of(new Dispatcher.Registration(obs, Map.of()))), session);
        AtomicLong lastPacket = new AtomicLong(System.nanoTime());
        AtomicReference<String> why = watch(src, seconds, stopFile, idleMs, lastPacket, stdinStop);
        System.err.println("ready" + (traceMs == 0 ? "" : " at JVM uptime " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms"));
        System.err.flush();
        RawPacket raw = new RawPacket();
        java.util.ArrayList<long[]> trace = new java.util.ArrayList<>(1024);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        engine.start();
        String error = null;
        try {
            long n = 0;
            long nextTrace = traceMs == 0 ? Long.MAX_VALUE : t0;
            while (src.next(raw)) {
                engine.packet(raw);
                long now = System.nanoTime();
                lastPacket.lazySet(now);
                if ((++n & 0x3FFF) == 0) {
                    engine.kernelDrops(src.kernelDrops()); // as LiveCapture does
                }
                if (now >= nextTrace) {
                    long[] st = pcapCounters(src);
                    trace.add(new long[] {(now - t0) / 1_000_000, n, st[0], st[1] + st[2], threads.getCurrentThreadCpuTime() / 1_000_000});
                    nextTrace = now + traceMs * 1_000_000L;
                }
            }
        } catch (IOException e) {
            error = e.getMessage();
        }
        String stats;
        try {
            stats = pcapStats(src);
            engine.kernelDrops(src.kernelDrops());
            engine.finish();
        } finally {
            src.close();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long dropped = 0;
        StringBuilder reasons = new StringBuilder();
        for (Map.Entry<DropReason, Long> d : engine.dropped().entrySet()) {
            dropped += d.getValue();
            reasons.append(reasons.length() == 0 ? "" : ",").append('"').append(d.getKey().id()).append("\":").append(d.getValue());
        }
        long kernel = engine.dropped().getOrDefault(DropReason.KERNEL, 0L);
        System.out.println(String.format(Locale.ROOT,
                "{\"iface\":\"%s\",\"received\":%d,\"processed\":%d,\"dropped\":%d,\"droppedBy\":{%s},"
                        + "\"kernelDrops\":%d,\"pcapStats\":%s,\"session\":{\"received\":%d,\"processed\":%d,\"dropped\":%d},"
                        + "\"flows\":%d,\"metadata\":%d,\"meters\":%d,\"seconds\":%.2f,\"stoppedBy\":\"%s\",\"warmupPackets\":%d,\"syntheticWarmUp\":{\"packets\":%d,\"ms\":%d}%s}",
                iface, engine.received(), engine.processed(), dropped, reasons, kernel, stats, session.received(),
                session.processed(), session.dropped(), obs.flows.get(), obs.metadata.get(), obs.meters.get(), secs,
                why.get(), warmed, synthetic, warmUpMs, error == null ? "" : ",\"error\":\"" + error.replace("\\", "\\\\").replace("\"", "'") + "\""));
        System.out.flush();
        // the trace goes to stderr after the counters: milliseconds since capture start, packets read, kernel drops so far
        for (long[] t : trace) {
            System.err.println("trace " + t[0] + " ms " + t[1] + " read " + t[2] + " ps_recv " + t[3] + " kernel-dropped " + (t[2] - t[3] - t[1])
                    + " backlog " + t[4] + " cpu-ms");
        }
    }

    /** ps_recv, ps_drop, ps_ifdrop through the source's own handle (see {@link #pcapStats}); zeros if they cannot be read. */
    static long[] pcapCounters(LivePcapSource src) {
        String s = pcapStats(src);
        if ("null".equals(s)) {
            return new long[3];
        }
        String[] keys = {"ps_recv", "ps_drop", "ps_ifdrop"};
        long[] v = new long[3];
        for (int i = 0; i < 3; i++) {
            int at = s.indexOf('"' + keys[i] + "\":") + keys[i].length() + 3;
            int end = at;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
            v[i] = Long.parseLong(s.substring(at, end));
        }
        return v;
    }

    /**
     * The three pcap_stats counters separately ({@link LivePcapSource#kernelDrops} gives
     * ps_drop + ps_ifdrop), read through the source's own handle by reflection: test code only.
     */
    static String pcapStats(LivePcapSource src) {
        try {
            Field lib = LivePcapSource.class.getDeclaredField("pcap");
            Field handle = LivePcapSource.class.getDeclaredField("handle");
            lib.setAccessible(true);
            handle.setAccessible(true);
            LibPcap.PcapStat st = new LibPcap.PcapStat();
            if (((LibPcap) lib.get(src)).pcap_stats((Pointer) handle.get(src), st) != 0) {
                return "null";
            }
            st.read();
            return "{\"ps_recv\":" + (st.ps_recv & 0xFFFFFFFFL) + ",\"ps_drop\":" + (st.ps_drop & 0xFFFFFFFFL) + ",\"ps_ifdrop\":"
                    + (st.ps_ifdrop & 0xFFFFFFFFL) + "}";
        } catch (ReflectiveOperationException e) {
            return "null";
        }
    }

    /**
     * Runs the same code (libpcap through JNA, then the pipeline) twice over a capture file
     * and throws the results away, so that the live run measures a warm JVM like a hub that
     * has been running for a while.
     */
    private static long warmUp(Path file) throws IOException {
        long n = 0;
        for (int i = 0; i < 2; i++) {
            Engine e = new Engine(EngineConfig.defaults(), new Dispatcher(List.of(new Dispatcher.Registration(new CountingObserver(), Map.of()))),
                    new Session(file.toString(), false));
            try (LivePcapSource s = LivePcapSource.openOffline(file.toString())) {
                e.run(s, null, null);
            } catch (CaptureUnavailableException x) {
                throw new IOException(x.getMessage(), x);
            }
            n += e.processed();
        }
        return n;
    }

    /** Starts the threads that end the capture; returns why it stopped (set when it does). */
    private static AtomicReference<String> watch(LivePcapSource src, long seconds, Path stopFile, long idleMs, AtomicLong lastPacket,
            boolean stdinStop) {
        AtomicReference<String> why = new AtomicReference<>("error");
        if (stdinStop) {
            Thread stdin = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    while (in.read() >= 0) {
                        // ignore input; only its end matters
                    }
                } catch (IOException e) {
                    // treat as closed
                }
                why.compareAndSet("error", "stdin-closed");
                src.breakLoop();
            }, "stdin-watch");
            stdin.setDaemon(true);
            stdin.start();
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Thread timer = new Thread(() -> {
            try {
                while (System.nanoTime() < deadline) {
                    if (stopFile != null && Files.exists(stopFile)
                            && System.nanoTime() - lastPacket.get() > idleMs * 1_000_000L) {
                        why.compareAndSet("error", "stop-file");
                        src.breakLoop();
                        return;
                    }
                    Thread.sleep(50);
                }
                why.compareAndSet("error", "time");
                src.breakLoop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-watch");
        timer.setDaemon(true);
        timer.start();
        return why;
    }
}
