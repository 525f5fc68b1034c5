package io.hearthguard.notify.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.analyze.Analyzer;
import io.hearthguard.discovery.internal.DhcpFingerprints;
import io.hearthguard.discovery.internal.Identifier;
import io.hearthguard.discovery.internal.InventoryEngine;
import io.hearthguard.discovery.internal.OuiRegistry;
import io.hearthguard.discovery.internal.RuleSources;
import io.hearthguard.discovery.internal.UserAgentFingerprints;

/**
 * What leaves a hub on the fleet channel, byte for byte. Real captures (IoT Sentinel setup
 * captures of five devices and a real Echo Dot activation) are replayed through the real
 * capture engine and discovery inventory; a finding is published for every device found,
 * under a name a family would give it, plus a finding about a family-made voice skill. The
 * operator's recorder subscribes to {@code #} and keeps every topic and payload byte; none of
 * the devices' MACs (any spelling), IP addresses, names, DNS names or TLS server names, no
 * family-given name and no 24-byte run of any capture's bytes may be among them.
 */
class PrivacyTest {

    static final List<String> CAPTURES = List.of("pcap/iot-sentinel/HueBridge/Setup-A-1-STA.pcap",
            "pcap/iot-sentinel/D-LinkCam/Setup-A-1-STA.pcap", "pcap/iot-sentinel/WeMoSwitch/Setup-A-1-STA.pcap",
            "pcap/iot-sentinel/EdimaxPlug1101W/Setup-A-1-STA.pcap", "pcap/iot-sentinel/TP-LinkPlugHS100/Setup-A-1-STA.pcap",
            "pcap/speaker-activations/echodot3a.pcap");
    static final int WINDOW = 24;

    @TempDir
    Path dir;

    static Path shared(String relative) {
        String base = System.getProperty("hearthguard.shared");
        Assumptions.assumeTrue(base != null && Files.isDirectory(Path.of(base, "data")), "shared data set not present; privacy test skipped");
        Path p = Path.of(base, "data").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), p + " not present; privacy test skipped");
        return p;
    }

    @Test
    void nothingFromTheTrafficNoClearMacAndNoFamilyNameLeavesTheHub() throws Exception {
        List<Path> captures = new ArrayList<>();
        for (String c : CAPTURES) {
            captures.add(shared(c));
        }
        List<String> problems = new ArrayList<>();
        Path fp = shared("other/fingerprints");
        Identifier identifier = new Identifier(OuiRegistry.load(shared("oui/ieee-data")), DhcpFingerprints.load(List.of(fp), problems),
                RuleSources.builtIn(), UserAgentFingerprints.load(List.of(fp), problems));
        InventoryEngine engine = new InventoryEngine(identifier, InventoryEngine.Settings.defaults(), new InventoryEngine.Listener() { });
        TrafficObserver feed = new TrafficObserver() {
            @Override
            public void metadata(TrafficMetadata m) {
                engine.metadata(m);
                engine.tick(m.timestamp());
            }

            @Override
            public void flow(FlowRecord f) {
                engine.flow(f);
            }
        };
        Analyzer analyzer = new Analyzer(List.of(new Dispatcher.Registration(feed, Map.of(TrafficObserver.PROP_STREAMS,
                new String[] {"flow", "metadata"}))), null, null);
        Set<String> forbidden = new HashSet<>();
        for (Path c : captures) {
            Analyzer.Result r = analyzer.analyze(c, false, null, null);
            engine.flush(true);
            r.dnsNames.stream().filter(n -> n.length() >= 6).forEach(forbidden::add);
            r.sni.stream().filter(n -> n.length() >= 6).forEach(forbidden::add);
        }
        List<Device> devices = engine.devices();
        assertTrue(devices.size() >= 5, "the captures should yield the five IoT Sentinel devices and the Echo, got " + devices.size());
        DeviceInventory inventory = inventory(engine);

        FleetBroker broker = new FleetBroker(dir.resolve("broker"), List.of("hub-p")).start();
        try (broker; Recorder operator = new Recorder(broker);
                FleetHub hub = new FleetHub(dir.resolve("hub.db"), FleetHub.settings(broker, "hub-p", FleetChannelTest.SALT, 1), () -> inventory)) {
            Set<String> sent = new HashSet<>();
            Set<String> expectedHashes = new HashSet<>();
            FleetMessages m = new FleetMessages("hub-p", FleetChannelTest.SALT);
            int i = 0;
            for (Device d : devices) {
                if (d.macs().isEmpty()) {
                    continue;
                }
                String family = "Smith family room " + (char) ('A' + i++);
                forbidden.add(family);
                expectedHashes.add(m.macHash(d.macs().get(0)));
                for (String mac : d.macs()) {
                    String lower = mac.toLowerCase(Locale.ROOT);
                    forbidden.add(lower);
                    forbidden.add(lower.replace(':', '-'));
                    forbidden.add(lower.replace(":", ""));
                }
                d.ips().stream().filter(ip -> !ip.isBlank()).forEach(forbidden::add);
                d.names().stream().filter(n -> n.length() >= 4).forEach(forbidden::add);
                if (d.displayName().length() >= 4 && !d.displayName().equals(d.vendor().orElse(""))) {
                    forbidden.add(d.displayName());
                }
                DeviceRef ref = new DeviceRef(d.id(), d.macs().get(0), d.ips().stream().findFirst().orElse(null), family);
                sent.add(hub.findings.publish(Finding.builder("eavesdrop.long-listening", "eavesdrop", Severity.HIGH).device(ref)
                        .span(Instant.now(), null).summary(family + " streamed audio while nobody spoke")
                        .evidence(Map.of("destination", r0(forbidden), "bytes", 123456)).dedupKey("p" + i).source("test").build()).id());
            }
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("kind", "voice-skill");
            subject.put("platform", "alexa");
            subject.put("invocationNames", List.of("smith family bedtime stories"));
            subject.put("name", "Smith family bedtime stories");
            forbidden.add("bedtime stories");
            sent.add(hub.findings.publish(Finding.builder("skills.pii-request", "pii-request", Severity.MEDIUM).span(Instant.now(), null)
                    .summary("Alexa skill \"smith family bedtime stories\" asks for the child's full name").evidence(Map.of("subject", subject))
                    .dedupKey("skill").source("skills").build()).id());

            List<Recorder.Received> got = operator.await(l -> FleetChannelTest.findingIds(l).containsAll(sent)
                    && l.stream().anyMatch(r -> r.topic().endsWith("/devices")) && l.stream().anyMatch(r -> r.topic().endsWith("/health")),
                    60, "every finding, a device summary and a health message");
            // the summary is real: one hash per device with a MAC, each the HMAC of its MAC
            Recorder.Received summary = got.stream().filter(r -> r.topic().endsWith("/devices")).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> listed = (List<Map<String, Object>>) summary.json().get("devices");
            Set<String> hashes = new HashSet<>();
            listed.forEach(x -> hashes.add((String) x.get("hash")));
            assertEquals(expectedHashes, hashes);
            assertTrue(listed.stream().anyMatch(x -> x.containsKey("vendor")), "no vendor in the summary: " + listed);
            assertTrue(got.stream().anyMatch(r -> r.topic().endsWith("/finding") && r.json().containsKey("skill")), "the skill's hash is missing");

            byte[] out = operator.bytes();
            String text = new String(out, StandardCharsets.UTF_8);
            String lower = text.toLowerCase(Locale.ROOT);
            for (String f : forbidden) {
                assertFalse(lower.contains(f.toLowerCase(Locale.ROOT)), "left the hub: '" + f + "'");
            }
            // no run of capture bytes: device type, vendor, model and firmware values are the only text allowed to come from traffic
            String allowedRemoved = text;
            for (Map<String, Object> x : listed) {
                for (String k : List.of("vendor", "model", "firmware")) {
                    if (x.get(k) instanceof String v && !v.isEmpty()) {
                        allowedRemoved = allowedRemoved.replace(v, "");
                    }
                }
            }
            Set<String> windows = windows(allowedRemoved.getBytes(StandardCharsets.UTF_8));
            for (Path c : captures) {
                byte[] raw = Files.readAllBytes(c);
                for (int at = 0; at + WINDOW <= raw.length; at++) {
                    String w = new String(raw, at, WINDOW, StandardCharsets.ISO_8859_1);
                    if (windows.contains(w)) {
                        throw new AssertionError("24 bytes of " + c.getFileName() + " at offset " + at + " left the hub: " + w);
                    }
                }
            }
            SchemaCheck.assertValid(dir, operator);
        }
    }

    /** Something from the traffic to put into the evidence (which must never leave). */
    private static String r0(Set<String> forbidden) {
        return forbidden.stream().filter(s -> s.contains(".")).findFirst().orElse("cloud.example");
    }

    private static Set<String> windows(byte[] b) {
        Set<String> s = new HashSet<>();
        for (int i = 0; i + WINDOW <= b.length; i++) {
            s.add(new String(b, i, WINDOW, StandardCharsets.ISO_8859_1));
        }
        return s;
    }

    /** The engine has the inventory's methods under the same names; the OSGi component adapts it the same way. */
    private static DeviceInventory inventory(InventoryEngine e) {
        return (DeviceInventory) java.lang.reflect.Proxy.newProxyInstance(PrivacyTest.class.getClassLoader(),
                new Class<?>[] {DeviceInventory.class},
                (proxy, method, args) -> InventoryEngine.class.getMethod(method.getName(), method.getParameterTypes()).invoke(e, args));
    }
}
