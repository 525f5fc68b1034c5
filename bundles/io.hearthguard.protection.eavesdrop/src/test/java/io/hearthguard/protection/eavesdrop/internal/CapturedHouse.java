package io.hearthguard.protection.eavesdrop.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.traffic.ActivityObserver;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.Engine;
import io.hearthguard.capture.internal.EngineConfig;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.protection.testing.RecordingContext;

/**
 * Runs a real capture file through the real capture pipeline (reader, decoder, flow table,
 * activity stream) into a {@link TurnDetector}, routing by device the way the protection host
 * does: flows and bursts of devices whose type the protection covers (smart-speaker,
 * unknown, tv). Devices are what the weakest identification gives: vendor from the IEEE OUI
 * registry of the shared data set, type from {@code types} (UNKNOWN when absent), no names.
 */
final class CapturedHouse {

    /** A device as discovery would know it from its OUI alone. */
    record OuiDevice(String id, String mac, Optional<String> vendor, DeviceType type, Set<String> names) implements Device {
        @Override public List<String> macs() { return List.of(mac); }
        @Override public Set<String> ips() { return Set.of(); }
        @Override public String displayName() { return id; }
        @Override public Optional<String> model() { return Optional.empty(); }
        @Override public Optional<String> os() { return Optional.empty(); }
        @Override public double typeConfidence() { return 0.5; }
        @Override public boolean randomizedMac() { return false; }
        @Override public Instant firstSeen() { return Instant.EPOCH; }
        @Override public Instant lastSeen() { return Instant.EPOCH; }
        @Override public boolean online() { return true; }
        @Override public List<Evidence> evidence() { return List.of(); }
    }

    static Path shared(String relative) {
        Optional<Path> p = io.hearthguard.protection.testing.SharedData.path(relative);
        Assumptions.assumeTrue(p.isPresent(), "shared data set or " + relative + " not present");
        return p.get();
    }

    private static Map<String, String> oui;

    /** MA-L assignments of the shared IEEE registry: 6 hex digits → organisation. */
    static synchronized Map<String, String> oui() throws IOException {
        if (oui == null) {
            Map<String, String> m = new HashMap<>();
            for (String line : Files.readAllLines(shared("oui/ieee-data/oui.csv"))) {
                if (!line.startsWith("MA-L,")) {
                    continue;
                }
                String[] p = line.split(",", 4);
                if (p.length >= 3) {
                    String org = p[2].startsWith("\"") && p.length > 3 ? (p[2] + "," + p[3]).replaceAll("^\"|\",.*$|\"$", "") : p[2];
                    m.put(p[1].toLowerCase(Locale.ROOT), org);
                }
            }
            oui = m;
        }
        return oui;
    }

    static String macText(long mac) {
        return String.format(Locale.ROOT, "%02x:%02x:%02x:%02x:%02x:%02x", (mac >> 40) & 0xff, (mac >> 32) & 0xff, (mac >> 24) & 0xff,
                (mac >> 16) & 0xff, (mac >> 8) & 0xff, mac & 0xff);
    }

    final RecordingContext ctx = new RecordingContext();
    final TurnDetector detector;
    final Map<Long, Device> devices = new HashMap<>();
    final Function<String, DeviceType> types;
    long first = Long.MIN_VALUE;

    CapturedHouse(Settings settings, CloudRanges ranges, Function<String, DeviceType> types) {
        this.detector = new TurnDetector(settings, ranges, "test");
        this.types = types;
    }

    private Device device(long mac) {
        if (mac < 0 || (mac & 0x0100_0000_0000L) != 0) {
            return null;
        }
        return devices.computeIfAbsent(mac, m -> {
            String text = macText(m);
            String vendor;
            try {
                vendor = oui().get(text.replace(":", "").substring(0, 6));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new OuiDevice(text, text, Optional.ofNullable(vendor), types.apply(text), Set.of());
        });
    }

    private static boolean covered(Device d) {
        return d != null && (d.type() == DeviceType.SMART_SPEAKER || d.type() == DeviceType.UNKNOWN || d.type() == DeviceType.TV);
    }

    /** Reads the file through capture into the detector. */
    CapturedHouse run(Path file) throws IOException {
        // the vendor table comes from the shared data set: ask for it here, on the test's thread, so that a machine without
        // it skips the test (an assumption failing inside the capture's observer would only be logged, and the test fail)
        oui();
        final class Observer implements TrafficObserver, ActivityObserver {
            @Override
            public void flow(FlowRecord f) {
                ctx.now = f.lastSeen();
                for (Device d : ends(f.initiatorMac(), f.responderMac())) {
                    detector.flow(f, d);
                }
            }

            @Override
            public void metadata(io.hearthguard.api.traffic.TrafficMetadata m) {
                if (!ends(m.srcMac(), m.dstMac()).isEmpty()) {
                    detector.metadata(m);
                }
            }

            @Override
            public boolean wantsActivity(FlowRecord f) {
                return !ends(f.initiatorMac(), f.responderMac()).isEmpty();
            }

            @Override
            public void activity(FlowActivity a) {
                Map<Long, List<Integer>> byMac = new LinkedHashMap<>();
                for (int i = 0; i < a.size(); i++) {
                    for (Device d : ends(a.initiatorMac(i), a.responderMac(i))) {
                        byMac.computeIfAbsent(macBits(d), k -> new ArrayList<>()).add(i);
                    }
                }
                if (Boolean.getBoolean("eavesdrop.debug")) {
                    for (int i = 0; i < a.size(); i++) {
                        System.out.printf(Locale.ROOT, "burst flow %d %.2f-%.2f up/down %d/%d%n", a.flowId(i), (a.startNanos(i) - first) / 1e9,
                                (a.endNanos(i) - first) / 1e9, a.origBytes(i), a.respBytes(i));
                    }
                }
                byMac.forEach((mac, ix) -> detector.activity(a.select(ix.stream().mapToInt(Integer::intValue).toArray(), ix.size()),
                        devices.get(mac), ctx));
            }

            @Override
            public void tick(long nowNanos) {
                if (first == Long.MIN_VALUE) {
                    first = nowNanos;
                }
                ctx.now = TurnDetector.instant(nowNanos);
                detector.tick(ctx);
            }

            @Override
            public void sessionEnded(io.hearthguard.api.traffic.CaptureSession s) {
                detector.sessionEnded(ctx);
            }
        }
        Map<String, Object> props = Map.of(TrafficObserver.PROP_STREAMS, new String[] { "flow", "metadata", ActivityObserver.STREAM_ACTIVITY });
        Engine e = new Engine(EngineConfig.defaults(), new Dispatcher(List.of(new Dispatcher.Registration(new Observer(), props))),
                new Session(file.toString(), false));
        try (PacketSource src = CaptureFiles.open(file)) {
            e.run(src, null, null);
        }
        return this;
    }

    private List<Device> ends(long a, long b) {
        List<Device> out = new ArrayList<>(2);
        Device da = device(a);
        if (covered(da)) {
            out.add(da);
        }
        Device db = b == a ? null : device(b);
        if (covered(db)) {
            out.add(db);
        }
        return out;
    }

    private static long macBits(Device d) {
        return TurnDetector.macBits(d.macs().get(0));
    }

    List<Finding> sessions() {
        return ctx.published.stream().filter(f -> f.rule().equals(TurnDetector.SESSION)).toList();
    }

    List<Finding> alarms() {
        return ctx.published.stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    /** @return seconds from the first packet */
    double rel(Instant t) {
        return (TurnDetector.nanos(t) - first) / 1e9;
    }
}
