package io.hearthguard.capture.internal.analyze;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.SsdpMessage;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.DropReason;
import io.hearthguard.capture.internal.Engine;
import io.hearthguard.capture.internal.EngineConfig;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.io.CaptureFormatException;
import io.hearthguard.capture.internal.io.PacketSource;

/**
 * {@code analyze FILE [--json] [--progress]}: runs a capture file through the pipeline with
 * every given observer plus its own summary collector, then prints a summary (or JSON lines).
 * Plain class; the OSGi command is a thin adapter.
 */
public final class Analyzer {
    static final int MAX_NAMES = 10_000;
    static final int MAX_TALKERS = 100_000;

    public static final String USAGE = String.join("\n",
            "usage: hearthguard analyze FILE [--json] [--progress] [--fail-on SEVERITY]",
            "  Reads a pcap or pcapng capture through the traffic pipeline (every registered",
            "  traffic observer sees it) and prints a summary: packets, flows, top talkers,",
            "  DNS names, TLS server names, devices and findings when those services run.",
            "  --json      one JSON object per line (schema: docs/analyze-json.md)",
            "  --progress  progress bar on standard error",
            "  --fail-on SEVERITY  exit 1 when a finding at or above SEVERITY (info, low, medium,",
            "              high, critical) overlaps the capture",
            "  Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or a malformed capture file.");

    private final Collection<Dispatcher.Registration> observers;
    private final Supplier<DeviceInventory> inventory;
    private final Supplier<FindingService> findings;
    private EngineConfig config = EngineConfig.defaults();

    public Analyzer(Collection<Dispatcher.Registration> observers, Supplier<DeviceInventory> inventory,
            Supplier<FindingService> findings) {
        this.observers = observers;
        this.inventory = inventory;
        this.findings = findings;
    }

    public Analyzer config(EngineConfig c) {
        this.config = c;
        return this;
    }

    /** What the collector saw; exposed for tests. */
    public static final class Result {
        public long flows;
        public final Map<String, long[]> talkers = new HashMap<>();
        public final TreeSet<String> dnsNames = new TreeSet<>();
        public final TreeSet<String> sni = new TreeSet<>();
        public final Map<String, Long> kinds = new TreeMap<>();
        public final List<FlowRecord> endedFlows = new ArrayList<>();
        public final List<TrafficMetadata> metadata = new ArrayList<>();
        public boolean keep;
        public Engine engine;
    }

    private final class Collector implements TrafficObserver {
        final Result r;
        final JsonLines json;

        Collector(Result r, JsonLines json) {
            this.r = r;
            this.json = json;
        }

        @Override
        public void flow(FlowRecord f) {
            if (f.phase() != FlowRecord.Phase.ENDED) {
                return;
            }
            r.flows++;
            talk(f.initiatorIp(), f.origBytes() + f.respBytes());
            talk(f.responderIp(), f.origBytes() + f.respBytes());
            if (r.keep) {
                r.endedFlows.add(f);
            }
            write(() -> json.flow(f));
        }

        private void talk(String ip, long bytes) {
            long[] v = r.talkers.get(ip);
            if (v == null) {
                if (r.talkers.size() >= MAX_TALKERS) {
                    return;
                }
                r.talkers.put(ip, v = new long[1]);
            }
            v[0] += bytes;
        }

        @Override
        public void metadata(TrafficMetadata m) {
            String kind = m instanceof DnsMessage ? "dns" : m instanceof DhcpMessage ? "dhcp" : m instanceof TlsClientHello ? "tls"
                    : m instanceof SsdpMessage ? "ssdp" : m instanceof HttpRequest ? "http" : "neighbor";
            r.kinds.merge(kind, 1L, Long::sum);
            if (m instanceof DnsMessage d && r.dnsNames.size() < MAX_NAMES) {
                for (DnsMessage.Question q : d.questions()) {
                    r.dnsNames.add(q.name());
                }
            }
            if (m instanceof TlsClientHello t && r.sni.size() < MAX_NAMES) {
                t.sni().ifPresent(r.sni::add);
            }
            if (r.keep) {
                r.metadata.add(m);
            }
            write(() -> json.metadata(m));
        }

        private void write(IoAction a) {
            if (json != null) {
                try {
                    a.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Runs the pipeline over a file; the collector keeps records when {@code keep}. */
    public Result analyze(Path file, boolean keep, JsonLinesSink sink, java.util.function.LongConsumer progress) throws IOException {
        Result r = new Result();
        r.keep = keep;
        List<Dispatcher.Registration> regs = new ArrayList<>();
        regs.add(new Dispatcher.Registration(new Collector(r, sink == null ? null : sink.json),
                Map.of(TrafficObserver.PROP_STREAMS, new String[] {"flow", "metadata"})));
        regs.addAll(observers);
        Session session = new Session(file.toString(), false);
        Dispatcher d = new Dispatcher(regs);
        Engine e = new Engine(config, d, session);
        r.engine = e;
        try (PacketSource src = CaptureFiles.open(file)) {
            e.run(src, null, progress == null ? null : () -> progress.accept(src.position()));
        } finally {
            // observers that work on their own threads (the protection host) finish the file's work
            d.awaitCompleted(io.hearthguard.capture.internal.osgi.TrafficHub.COMPLETION_TIMEOUT_MILLIS);
        }
        return r;
    }

    /** Holder so tests can pass null for no JSON. */
    public static final class JsonLinesSink {
        final JsonLines json;

        JsonLinesSink(JsonLines json) {
            this.json = json;
        }
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean progress = false;
        String file = null;
        io.hearthguard.api.finding.Severity failOn = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--fail-on":
                    try {
                        failOn = io.hearthguard.api.finding.Severity.fromId(i + 1 < args.size() ? args.get(++i) : null);
                    } catch (IllegalArgumentException e) {
                        err.println("analyze: " + e.getMessage());
                        return 2;
                    }
                    break;
                case "--help": case "-h":
                    out.println(USAGE);
                    return 0;
                case "--json":
                    json = true;
                    break;
                case "--progress":
                    progress = true;
                    break;
                default:
                    if (a.startsWith("-") || file != null) {
                        err.println("analyze: unexpected argument '" + a + "'");
                        err.println(USAGE);
                        return 2;
                    }
                    file = a;
            }
        }
        if (file == null) {
            err.println("analyze: no capture file given");
            err.println(USAGE);
            return 2;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            err.println("analyze: cannot read " + file + " (not a readable file)");
            return 2;
        }
        long wallStart = System.nanoTime();
        boolean failed = false;
        Result r = null;
        String error = null;
        JsonLines jl = null;
        Progress bar = null;
        try {
            jl = json ? new JsonLines(out) : null;
            long size = Files.size(path);
            bar = progress ? new Progress(err, size) : null;
            Progress b = bar;
            r = analyze(path, false, jl == null ? null : new JsonLinesSink(jl), b == null ? null : b::update);
        } catch (CaptureFormatException e) {
            error = file + ": " + e.getMessage();
        } catch (IOException | UncheckedIOException e) {
            error = file + ": " + e.getMessage();
        }
        if (bar != null) {
            bar.done();
        }
        try {
            if (r != null) {
                Map<String, Object> summary = summary(r, System.nanoTime() - wallStart);
                List<Device> devices = devices(r);
                List<StoredFinding> found = findings(r);
                for (StoredFinding f : found) {
                    failed |= failOn != null && f.finding().severity().atLeast(failOn);
                }
                if (jl != null) {
                    for (Device d : devices) {
                        jl.device(d);
                    }
                    for (StoredFinding f : found) {
                        if (JsonLines.VOICE_SESSION_RULE.equals(f.finding().rule())) {
                            jl.voiceSession(f);
                        }
                    }
                    for (StoredFinding f : found) {
                        if (!JsonLines.VOICE_SESSION_RULE.equals(f.finding().rule())) {
                            jl.finding(f);
                        }
                    }
                    jl.summary(summary);
                    jl.flush();
                } else {
                    printText(out, file, r, summary, devices, found);
                }
            } else if (jl != null) {
                jl.flush();
            }
        } catch (IOException e) {
            err.println("analyze: cannot write output: " + e.getMessage());
            return 2;
        }
        out.flush();
        if (error != null) {
            err.println("analyze: " + error);
            return 2;
        }
        if (r.engine.truncation() != null) {
            err.println("analyze: warning: " + file + ": last record incomplete and skipped: " + r.engine.truncation());
        }
        return failed ? 1 : 0;
    }

    private static final class Progress {
        private final PrintStream err;
        private final long size;
        private long last;

        Progress(PrintStream err, long size) {
            this.err = err;
            this.size = size;
        }

        void update(long position) {
            long now = System.nanoTime();
            if (now - last < 200_000_000L || size <= 0) {
                return;
            }
            last = now;
            int pct = (int) Math.min(100, position * 100 / size);
            int bars = pct * 30 / 100;
            err.print("\ranalyze [" + "#".repeat(bars) + " ".repeat(30 - bars) + "] " + pct + "% " + (position >> 20) + "/" + (size >> 20) + " MiB");
            err.flush();
        }

        void done() {
            if (last != 0) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }

    private List<Device> devices(Result r) {
        DeviceInventory inv = inventory == null ? null : inventory.get();
        if (inv == null) {
            return List.of();
        }
        List<Device> l = new ArrayList<>(inv.devices());
        l.sort(Comparator.comparing(Device::id));
        return l;
    }

    private List<StoredFinding> findings(Result r) {
        FindingService fs = findings == null ? null : findings.get();
        if (fs == null || r.engine.firstTimestamp() == Long.MIN_VALUE) {
            return List.of();
        }
        Instant from = io.hearthguard.capture.internal.flow.FlowSnapshot.instant(r.engine.firstTimestamp());
        Instant to = io.hearthguard.capture.internal.flow.FlowSnapshot.instant(r.engine.lastTimestamp());
        List<StoredFinding> l = new ArrayList<>();
        for (StoredFinding f : fs.query(FindingFilter.all())) {
            if (!f.lastSeen().isBefore(from) && !f.firstSeen().isAfter(to)) {
                l.add(f);
            }
        }
        // ties (findings of one instant) in an order of their own: the store's ids are random
        l.sort(Comparator.comparing(StoredFinding::firstSeen).thenComparing(StoredFinding::lastSeen)
                .thenComparing(f -> f.finding().rule()).thenComparing(f -> f.finding().summary()));
        return l;
    }

    private static List<Map.Entry<String, long[]>> top(Result r, int n) {
        List<Map.Entry<String, long[]>> l = new ArrayList<>(r.talkers.entrySet());
        l.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        return l.subList(0, Math.min(n, l.size()));
    }

    Map<String, Object> summary(Result r, long wallNanos) {
        Engine e = r.engine;
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", e.session().source());
        s.put("packets", e.received());
        s.put("processed", e.processed());
        Map<String, Object> dropped = new LinkedHashMap<>();
        for (Map.Entry<DropReason, Long> d : e.dropped().entrySet()) {
            dropped.put(d.getKey().id(), d.getValue());
        }
        s.put("dropped", dropped);
        s.put("malformed_packets", e.malformedPackets());
        s.put("flows", r.flows);
        s.put("flows_evicted", e.flowsEvicted());
        if (e.firstTimestamp() != Long.MIN_VALUE) {
            s.put("first", io.hearthguard.capture.internal.flow.FlowSnapshot.instant(e.firstTimestamp()).toString());
            s.put("last", io.hearthguard.capture.internal.flow.FlowSnapshot.instant(e.lastTimestamp()).toString());
        }
        s.put("metadata", new LinkedHashMap<>(r.kinds));
        s.put("metadata_errors", new LinkedHashMap<>(e.metadataErrors()));
        List<Object> talkers = new ArrayList<>();
        for (Map.Entry<String, long[]> t : top(r, 10)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ip", t.getKey());
            m.put("bytes", t.getValue()[0]);
            talkers.add(m);
        }
        s.put("top_talkers", talkers);
        s.put("dns_names", new ArrayList<>(r.dnsNames));
        s.put("tls_sni", new ArrayList<>(r.sni));
        if (e.truncation() != null) {
            s.put("truncated", e.truncation());
        }
        s.put("observer_errors", e.observerFailures());
        s.put("elapsed_ms", wallNanos / 1_000_000);
        return s;
    }

    private static void printText(PrintStream out, String file, Result r, Map<String, Object> s, List<Device> devices,
            List<StoredFinding> found) {
        Engine e = r.engine;
        out.println("Capture " + file);
        out.println("  packets     " + e.received() + " (processed " + e.processed() + ", dropped " + (e.received() - e.processed())
                + (e.dropped().isEmpty() ? "" : " " + s.get("dropped")) + ")");
        if (s.containsKey("first")) {
            out.println("  time        " + s.get("first") + " .. " + s.get("last"));
        }
        out.println("  flows       " + r.flows + (e.flowsEvicted() > 0 ? " (" + e.flowsEvicted() + " evicted to bound memory)" : ""));
        out.println("  metadata    " + (r.kinds.isEmpty() ? "none" : r.kinds));
        if (e.truncation() != null) {
            out.println("  truncated   " + e.truncation());
        }
        out.println("Top talkers (IP bytes, both directions)");
        for (Map.Entry<String, long[]> t : top(r, 10)) {
            out.printf("  %-39s %d%n", t.getKey(), t.getValue()[0]);
        }
        out.println("DNS names (" + r.dnsNames.size() + ")");
        int i = 0;
        for (String n : r.dnsNames) {
            if (i++ == 50) {
                out.println("  … " + (r.dnsNames.size() - 50) + " more (use --json for all)");
                break;
            }
            out.println("  " + n);
        }
        out.println("TLS server names (" + r.sni.size() + ")");
        for (String n : r.sni) {
            out.println("  " + n);
        }
        if (!devices.isEmpty()) {
            out.println("Devices (" + devices.size() + ")");
            for (Device d : devices) {
                out.println("  " + d.displayName() + "  " + String.join(",", d.macs()) + "  " + new TreeSet<>(d.ips()) + "  " + d.type()
                        + d.vendor().map(v -> "  " + v).orElse(""));
            }
        }
        List<StoredFinding> sessions = found.stream().filter(f -> JsonLines.VOICE_SESSION_RULE.equals(f.finding().rule())).toList();
        List<StoredFinding> others = found.stream().filter(f -> !JsonLines.VOICE_SESSION_RULE.equals(f.finding().rule())).toList();
        if (!sessions.isEmpty()) {
            out.println("Voice sessions (" + sessions.size() + ")");
            for (StoredFinding f : sessions) {
                out.println("  " + f.finding().start() + "  " + f.finding().summary());
            }
        }
        if (!others.isEmpty()) {
            out.println("Findings (" + others.size() + ")");
            for (StoredFinding f : others) {
                out.println("  " + f.finding().severity().id() + "  " + f.finding().rule() + "  " + f.finding().summary());
            }
        }
    }
}
