package io.hearthguard.protection.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;

/**
 * A household produced by {@code bench/voicegen.py}: its devices, ground-truth events and
 * the flow snapshots capture would deliver, replayed in capture-time order.
 */
public final class GeneratedHouse {

    /**
     * @param expect the finding category a protection should raise for it, or empty
     * @param remote the remote host involved, or empty
     */
    public record Event(String device, String kind, Instant start, Instant end, boolean eavesdrop, String expect, String remote) {
    }

    /** Receives the replay: flows for one device, and ticks. */
    public interface Sink {
        void flow(FlowRecord f, TestDevice d, Instant now);

        void tick(Instant now);
    }

    public final Map<Long, TestDevice> devicesByMac = new HashMap<>();
    public final List<Event> events = new ArrayList<>();
    public final int days;
    final Path flows;
    /** The generated capture file, or null when it was generated without one. */
    public final Path pcap;

    private GeneratedHouse(Path labels, Path flows, Path pcap) throws IOException {
        this.pcap = pcap;
        ObjectMapper m = new ObjectMapper();
        JsonNode root = m.readTree(labels.toFile());
        this.days = root.get("days").asInt();
        long epoch = root.get("epoch").asLong();
        for (JsonNode d : root.get("devices")) {
            TestDevice dev = new TestDevice(d.get("name").asText(), d.get("mac").asText(), d.get("ip").asText(),
                    DeviceType.fromId(d.get("type").asText()));
            devicesByMac.put(macBits(dev.mac()), dev);
        }
        for (JsonNode e : root.get("events")) {
            events.add(new Event(e.get("device").asText(), e.get("kind").asText(), time(epoch + e.get("start").asDouble()),
                    time(epoch + e.get("end").asDouble()), e.get("eavesdrop").asBoolean(),
                    e.hasNonNull("expect") ? e.get("expect").asText() : "", e.hasNonNull("remote") ? e.get("remote").asText() : ""));
        }
        this.flows = flows;
    }

    /** Runs the generator (python3 on the PATH) into {@code dir}; null when python3 is missing. */
    public static GeneratedHouse generate(Path generator, Path dir, int seed, int days) throws IOException, InterruptedException {
        return generate(generator, dir, seed, days, false);
    }

    /** Runs the generator, with the capture file too when {@code withPcap}; null when python3 is missing. */
    public static GeneratedHouse generate(Path generator, Path dir, int seed, int days, boolean withPcap) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String prefix = dir.resolve("house-" + seed + "-" + days).toString();
        Path labels = Path.of(prefix + ".labels.json");
        Path flows = Path.of(prefix + ".flows.jsonl");
        Path pcap = Path.of(prefix + ".pcap");
        if (!Files.exists(labels) || !Files.exists(flows) || (withPcap && !Files.exists(pcap))
                || Files.getLastModifiedTime(generator).compareTo(Files.getLastModifiedTime(labels)) > 0) {
            Process p;
            try {
                List<String> cmd = new ArrayList<>(List.of("python3", generator.toString(), "--seed", String.valueOf(seed), "--days",
                        String.valueOf(days), "--out", prefix));
                if (!withPcap) {
                    cmd.add("--no-pcap");
                }
                p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            } catch (IOException e) {
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("generator failed: " + out);
            }
        }
        return new GeneratedHouse(labels, flows, withPcap ? pcap : null);
    }

    static Instant time(double epochSeconds) {
        long s = (long) Math.floor(epochSeconds);
        return Instant.ofEpochSecond(s, Math.round((epochSeconds - s) * 1e9) % 1_000_000_000L);
    }

    /**
     * Replays into a detector, keeping {@code ctx.now} at capture time: {@code flow} gets each
     * snapshot for a covered device, {@code tick} runs once per second of capture time.
     */
    public void replay(DeviceType covered, RecordingContext ctx, java.util.function.BiConsumer<FlowRecord, TestDevice> flow,
            Runnable tick) throws IOException {
        replay(covered, new Sink() {
            @Override
            public void flow(FlowRecord f, TestDevice d, Instant now) {
                ctx.now = now;
                flow.accept(f, d);
            }

            @Override
            public void tick(Instant now) {
                ctx.now = now;
                tick.run();
            }
        });
    }

    private record Snapshot(Instant now, TestFlow flow) {
    }

    private List<Snapshot> snapshots;

    /** Replays the flow snapshots, delivering each to the covered devices (null: all) at its two ends, with a tick per second. */
    public void replay(DeviceType covered, Sink sink) throws IOException {
        long lastTick = Long.MIN_VALUE;
        for (Snapshot s : snapshots()) {
            long sec = s.now().getEpochSecond();
            if (lastTick == Long.MIN_VALUE) {
                lastTick = sec;
            }
            for (long t = lastTick + 1; t <= sec; t++) {
                sink.tick(Instant.ofEpochSecond(t));
            }
            lastTick = Math.max(lastTick, sec);
            TestFlow f = s.flow();
            for (long mac : new long[] { f.initiatorMac(), f.responderMac() }) {
                TestDevice d = devicesByMac.get(mac);
                if (d != null && (covered == null || d.type() == covered)) {
                    sink.flow(f, d, s.now());
                }
            }
        }
    }

    private List<Snapshot> snapshots() throws IOException {
        if (snapshots != null) {
            return snapshots;
        }
        List<Snapshot> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(flows)) {
            for (String line; (line = r.readLine()) != null;) {
                JsonNode j = m.readTree(line);
                long om = macBits(j.get("orig_mac").asText());
                long rm = macBits(j.get("resp_mac").asText());
                TestFlow f = new TestFlow(j.get("id").asLong(), FlowRecord.Phase.valueOf(j.get("phase").asText()),
                        FlowRecord.EndReason.valueOf(j.get("end_reason").asText()), j.get("proto").asInt(), j.get("orig_ip").asText(),
                        j.get("orig_port").asInt(), j.get("resp_ip").asText(), j.get("resp_port").asInt(), om, rm,
                        time(j.get("first").asDouble()), time(j.get("last").asDouble()), j.get("orig_bytes").asLong(),
                        j.get("resp_bytes").asLong(), j.get("orig_pkts").asLong(), j.get("resp_pkts").asLong(),
                        j.get("d_orig_bytes").asLong(), j.get("d_resp_bytes").asLong(), j.get("d_orig_pkts").asLong(),
                        j.get("d_resp_pkts").asLong(), tcp(j.get("tcp_state").asText()),
                        Optional.ofNullable(j.hasNonNull("name") ? j.get("name").asText() : null));
                out.add(new Snapshot(time(j.get("now").asDouble()), f));
            }
        }
        snapshots = out;
        return out;
    }

    private static TcpState tcp(String s) {
        return "none".equals(s) ? TcpState.NONE : TcpState.valueOf(s.toUpperCase(Locale.ROOT));
    }

    public long devicesOfType(DeviceType t) {
        return devicesByMac.values().stream().filter(d -> d.type() == t).count();
    }

    /** @return the 48 low bits of a textual MAC, or -1 when malformed */
    public static long macBits(String mac) {
        String hex = mac.toLowerCase(Locale.ROOT).replace(":", "").replace("-", "");
        if (hex.length() != 12) {
            return -1;
        }
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
