package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.analyze.Analyzer;

/** The analyze command as the launcher calls it: arguments, exit codes, text and JSON lines. */
class AnalyzeCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(Analyzer a, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = a.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Top-level string/number fields of one JSON line. */
    static Map<String, String> fields(String line) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(line)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t.isStructStart()) {
                    m.put(name, "<" + t + ">");
                    p.skipChildren();
                } else {
                    m.put(name, p.getText());
                }
            }
            assertEquals(null, p.nextToken(), "one object per line");
        }
        return m;
    }

    @Test
    void jsonLinesAreOneObjectEachEndingWithTheSummary() throws IOException {
        long[] observed = {0};
        TrafficObserver framework = new TrafficObserver() {
            @Override
            public void flow(FlowRecord f) {
                observed[0]++;
            }
        };
        Analyzer a = new Analyzer(List.of(new Dispatcher.Registration(framework, Map.of())), null, null);
        Run r = run(a, Shared.pcap("zeek/dhcp__dhcp.pcap").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        List<String> types = new ArrayList<>();
        for (String l : lines) {
            types.add(fields(l).get("type"));
        }
        assertTrue(types.contains("flow") && types.contains("dhcp"), types.toString());
        Map<String, String> summary = fields(lines[lines.length - 1]);
        assertEquals("summary", summary.get("type"));
        assertEquals(Long.toString(types.stream().filter("flow"::equals).count()), summary.get("flows"));
        assertTrue(observed[0] > 0, "the framework's observers see the capture");
        Map<String, String> dhcp = fields(lines[types.indexOf("dhcp")]);
        assertTrue(dhcp.get("ts").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), dhcp.get("ts"));
    }

    @Test
    void textSummaryNamesPacketsFlowsAndDnsNames() {
        Run r = run(new Analyzer(List.of(), null, null), Shared.pcap("zeek/dns53.pcap").toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("packets     1"), r.out());
        assertTrue(r.out().contains("us.v27.distributed.net"), r.out());
    }

    @Test
    void badUsageAndMalformedFilesExitWithTwoAndAMessage() throws IOException {
        Analyzer a = new Analyzer(List.of(), null, null);
        assertEquals(2, run(a).code());
        assertEquals(2, run(a, "--bogus", "x").code());
        Run missing = run(a, tmp.resolve("nope.pcap").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("cannot read"));
        Path bad = Files.write(tmp.resolve("bad.pcap"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Run r = run(a, bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("neither pcap nor pcapng") && r.err().contains("at byte offset 0"), r.err());
        Run help = run(a, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("usage: hearthguard analyze"));
    }

    @Test
    void devicesAndFindingsAreWrittenWhenThoseServicesArePresent() throws IOException {
        Instant t = Instant.parse("2000-07-30T10:31:26Z");
        Device d = new Device() {
            public String id() { return "dev-1"; }
            public List<String> macs() { return List.of("00:01:02:03:04:05"); }
            public Set<String> ips() { return Set.of("10.20.1.31"); }
            public Set<String> names() { return Set.of("resolver"); }
            public String displayName() { return "resolver"; }
            public Optional<String> vendor() { return Optional.empty(); }
            public DeviceType type() { return DeviceType.values()[0]; }
            public Optional<String> model() { return Optional.empty(); }
            public Optional<String> os() { return Optional.empty(); }
            public double typeConfidence() { return 0.5; }
            public boolean randomizedMac() { return false; }
            public Instant firstSeen() { return t; }
            public Instant lastSeen() { return t; }
            public boolean online() { return true; }
            public List<Evidence> evidence() { return List.of(); }
        };
        DeviceInventory inv = new DeviceInventory() {
            public List<Device> devices() { return List.of(d); }
            public Optional<Device> byId(String id) { return Optional.empty(); }
            public Optional<Device> byMac(String mac) { return Optional.empty(); }
            public Optional<Device> byIp(String ip) { return Optional.empty(); }
            public Device byMacBits(long mac) { return null; }
        };
        Finding f = Finding.builder("dns.test", "privacy", Severity.LOW).device(new DeviceRef("dev-1", "00:01:02:03:04:05", "10.20.1.31", "resolver"))
                .span(t, t.plusSeconds(1)).summary("a test finding").evidence(Map.of("n", 1)).build();
        FindingService fs = storing(f, t, t.plusSeconds(1));
        Run r = run(new Analyzer(List.of(), () -> inv, () -> fs), Shared.pcap("zeek/dns53.pcap").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        Map<String, String> dev = null;
        Map<String, String> fin = null;
        for (String l : lines) {
            Map<String, String> m = fields(l);
            if ("device".equals(m.get("type"))) {
                dev = m;
            } else if ("finding".equals(m.get("type"))) {
                fin = m;
            }
        }
        assertEquals("dev-1", dev.get("id"));
        assertEquals("dns.test", fin.get("rule"));
        assertEquals("low", fin.get("severity"));
        assertEquals("2000-07-30T10:31:26Z", fin.get("start"));
        assertEquals("<START_OBJECT>", fin.get("device"));
        assertEquals("<START_OBJECT>", fin.get("evidence"));
        Analyzer withServices = new Analyzer(List.of(), () -> inv, () -> fs);
        String file = Shared.pcap("zeek/dns53.pcap").toString();
        assertEquals(1, run(withServices, file, "--fail-on", "low").code(), "a low finding fails --fail-on low");
        assertEquals(0, run(withServices, file, "--fail-on", "medium").code());
        assertEquals(2, run(withServices, file, "--fail-on", "loud").code());
    }

    @Test
    void listeningSessionsAreWrittenAsVoiceSessionLinesNotAsFindings() throws IOException {
        Instant t = Instant.parse("2000-07-30T10:31:26Z");
        Map<String, Object> ev = new java.util.LinkedHashMap<>();
        ev.put("upstreamBytes", 38000L);
        ev.put("downstreamBytes", 14000L);
        ev.put("turnCount", 1L);
        ev.put("turns", List.of(Map.of("start", t.toString(), "answered", true)));
        ev.put("answered", true);
        ev.put("verdict", "request");
        ev.put("alarm", false);
        ev.put("reasons", List.of("1 of 1 turns answered"));
        Finding f = Finding.builder("eavesdrop.voice-session", "eavesdrop", Severity.INFO)
                .device(new DeviceRef("echo", "c4:95:00:e3:93:2f", "10.63.7.79", "Echo")).span(t, t.plusSeconds(6))
                .summary("Echo listened: request").evidence(ev).dedupKey("session-1").build();
        FindingService fs = storing(f, t, t.plusSeconds(6));
        Run r = run(new Analyzer(List.of(), () -> null, () -> fs), Shared.pcap("zeek/dns53.pcap").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        Map<String, String> vs = null;
        for (String l : r.out().split("\n")) {
            Map<String, String> m = fields(l);
            assertNotEquals("finding", m.get("type"), "a session is not a finding line: " + l);
            if ("voice_session".equals(m.get("type"))) {
                vs = m;
            }
        }
        assertEquals("2000-07-30T10:31:26Z", vs.get("start"));
        assertEquals("2000-07-30T10:31:32Z", vs.get("end"));
        assertEquals("38000", vs.get("up_bytes"));
        assertEquals("14000", vs.get("down_bytes"));
        assertEquals("request", vs.get("verdict"));
        assertEquals("true", vs.get("answered"));
        assertEquals("false", vs.get("alarm"));
        assertEquals("<START_ARRAY>", vs.get("turns"));
        assertEquals("<START_OBJECT>", vs.get("device"));
        Run text = run(new Analyzer(List.of(), () -> null, () -> fs), Shared.pcap("zeek/dns53.pcap").toString());
        assertTrue(text.out().contains("Voice sessions (1)"), text.out());
    }

    /** A finding service holding just {@code f}, stored with the given span. */
    private static FindingService storing(Finding f, Instant first, Instant last) {
        StoredFinding sf = new StoredFinding() {
            public String id() { return "f-1"; }
            public Finding finding() { return f; }
            public long count() { return 1; }
            public Instant firstSeen() { return first; }
            public Instant lastSeen() { return last; }
            public FindingState state() { return FindingState.values()[0]; }
            public Instant updated() { return first; }
        };
        return new FindingService() {
            public StoredFinding publish(Finding x) { throw new UnsupportedOperationException(); }
            public Optional<StoredFinding> get(String id) { return Optional.empty(); }
            public List<StoredFinding> query(FindingFilter filter) { return List.of(sf); }
        };
    }
}
