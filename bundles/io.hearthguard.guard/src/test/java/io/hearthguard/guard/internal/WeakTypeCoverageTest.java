package io.hearthguard.guard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.protection.eavesdrop.internal.EavesdropProtection;
import io.hearthguard.protection.testing.FakeFindings;
import io.hearthguard.protection.testing.FakeInventory;
import io.hearthguard.protection.testing.TestDevice;
import io.hearthguard.protection.testing.TestFlow;

/**
 * Coverage follows only a confident type: the real eavesdrop protection (its own declared device types, read from
 * the component description bnd generated for it, and its turn model) is bound to the host, and an Echo that
 * discovery could only guess a plug (a behaviour hint, confidence 0.2) speaks to its voice cloud. The eavesdrop
 * protection covers smart speakers and unknown devices, not plugs: the weak guess must not take the speaker out of
 * its sight. The same device typed a plug with confidence is not covered (the rule does not widen coverage of
 * confident types).
 */
class WeakTypeCoverageTest {
    static final long MAC = 0x44650d000021L; // an Amazon OUI (44:65:0d)
    static final long CLOUD_MAC = 0x020000000001L;
    static final long S = 1_000_000_000L;
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    final FakeFindings recorder = new FakeFindings();
    ProtectionHost host;
    boolean timed;

    @AfterEach
    void stop() {
        if (host != null) {
            host.deactivate();
        }
    }

    /** A discovered device as the inventory holds it: a type with the confidence discovery gave it. */
    record Discovered(DeviceType type, double typeConfidence) implements Device {
        public String id() { return "echo-kitchen"; }
        public List<String> macs() { return List.of("44:65:0d:00:00:21"); }
        public Set<String> ips() { return Set.of("192.168.1.21"); }
        public Set<String> names() { return Set.of(); }
        public String displayName() { return "44:65:0d:00:00:21"; }
        public Optional<String> vendor() { return Optional.of("Amazon Technologies Inc."); }
        public Optional<String> model() { return Optional.empty(); }
        public Optional<String> os() { return Optional.empty(); }
        public boolean randomizedMac() { return false; }
        public Instant firstSeen() { return T0; }
        public Instant lastSeen() { return T0; }
        public boolean online() { return true; }
        public List<Evidence> evidence() { return List.of(); }
    }

    /** The protection's service properties as DS registers them, from its generated component description. */
    static Map<String, Object> eavesdropProperties() throws Exception {
        String xml;
        try (InputStream in = EavesdropProtection.class
                .getResourceAsStream("/OSGI-INF/io.hearthguard.protection.eavesdrop.internal.EavesdropProtection.xml")) {
            assertNotNull(in, "the eavesdrop bundle's component description");
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> props = new HashMap<>();
        props.put("component.name", "eavesdrop");
        for (String key : List.of(ProtectionService.PROP_DEVICE_TYPES, ProtectionService.PROP_STREAMS)) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(key) + "\" type=\"String\">([^<]*)<").matcher(xml);
            assertTrue(m.find(), key + " in the component description");
            props.put(key, m.group(1).strip().split("\\s*\\n\\s*"));
        }
        props.put(ProtectionService.PROP_VENDOR, "hearthguard");
        return props;
    }

    /** The protection with its metatype defaults (as DS gives it with no configuration) and no cloud range files. */
    static EavesdropProtection eavesdrop() {
        EavesdropProtection.Config defaults = (EavesdropProtection.Config) Proxy.newProxyInstance(
                EavesdropProtection.Config.class.getClassLoader(), new Class<?>[] { EavesdropProtection.Config.class },
                (proxy, method, args) -> method.getName().equals("rangesDirectory") ? "target/no-cloud-ranges"
                        : method.getName().equals("annotationType") ? EavesdropProtection.Config.class : method.getDefaultValue());
        return new EavesdropProtection(defaults, null);
    }

    /** Runs a spoken request to the voice cloud (wake, 4 s of speech, 6 s of spoken answer) for the device. */
    List<Finding> speak(Device device) throws Exception {
        host = new ProtectionHost(recorder, ProtectionHostTest.config(4096, 5000, 5));
        // the other end is the home router (the cloud's packets come through it), confidently typed
        host.bindInventory(new FakeInventory().with(device, new TestDevice("router", "02:00:00:00:00:01", "192.168.1.1", DeviceType.ROUTER)));
        host.bindProtection(eavesdrop(), eavesdropProperties());
        host.sessionStarted(ProtectionHostTest.session(false));
        FlowRecord start = new TestFlow(1, FlowRecord.Phase.STARTED, FlowRecord.EndReason.NONE, 6, "192.168.1.21", 40001, "52.94.233.10",
                443, MAC, CLOUD_MAC, T0, T0, 0, 0, 0, 0, 0, 0, 0, 0, TcpState.SYN_SENT, Optional.of("avs-alexa-14-na.amazon.com"));
        timed = host.wantsActivity(start);
        host.flow(start);
        long t0 = T0.getEpochSecond() * S;
        for (int sec = 0; sec < 60; sec++) {
            long b = t0 + sec * S;
            long up = sec == 2 ? 9000 : sec > 2 && sec <= 6 ? 3000 : 150;
            long down = sec >= 7 && sec <= 12 ? 12000 : 150;
            host.activity(FlowActivity.copyOf(1, new long[] { 1 }, new long[] { MAC }, new long[] { CLOUD_MAC }, new long[] { b },
                    new long[] { b + S - 1 }, new long[] { up }, new long[] { down }, new int[] { (int) (up / 100) }, new int[] { (int) (down / 100) }));
            host.tick(b + S);
        }
        host.sessionEnded(ProtectionHostTest.session(false));
        host.completed().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return recorder.published().stream().filter(f -> f.rule().equals("eavesdrop.voice-session")).toList();
    }

    @Test
    void aSpeakerOnlyGuessedAPlugStaysInTheEavesdropProtectionsSight() throws Exception {
        Device guessed = new Discovered(DeviceType.PLUG, 0.2);
        List<Finding> sessions = speak(guessed);
        assertEquals(1, sessions.size(), "the request is recorded as one listening session: " + recorder.published());
        assertTrue(timed, "its voice flow is timed for the protection");
        assertEquals("echo-kitchen", sessions.get(0).device().id());
    }

    @Test
    void aConfidentTypeTheProtectionDoesNotCoverIsNotWatched() throws Exception {
        List<Finding> sessions = speak(new Discovered(DeviceType.PLUG, 0.9));
        assertTrue(sessions.isEmpty(), "a confident plug is outside the eavesdrop protection's coverage: " + recorder.published());
        assertFalse(timed, "nobody asked for its flow's timing");
        assertEquals(61L, host.protections().get(0).delivered(), "60 ticks and the end of the session: no flow, no activity");
    }

    @Test
    void aWeakTypeKeepsTheProtectionsOfTheGuessedTypeToo() {
        Slot cams = new Slot("cams", "test", java.util.EnumSet.of(DeviceType.CAMERA), Set.of("flow"), null,
                new Slot.Limits(16, 1000, 1), null, recorder, f -> { });
        Slot unknowns = new Slot("unknowns", "test", java.util.EnumSet.of(DeviceType.UNKNOWN), Set.of("flow"), null,
                new Slot.Limits(16, 1000, 1), null, recorder, f -> { });
        try {
            assertTrue(cams.covers(new Discovered(DeviceType.CAMERA, 0.2)));
            assertTrue(unknowns.covers(new Discovered(DeviceType.CAMERA, 0.2)));
            assertTrue(unknowns.covers(new Discovered(DeviceType.CAMERA, ProtectionHost.CONFIDENT_TYPE - 0.001)));
            assertFalse(unknowns.covers(new Discovered(DeviceType.CAMERA, ProtectionHost.CONFIDENT_TYPE)));
            assertFalse(cams.covers(new Discovered(DeviceType.PLUG, 0.2)), "a weak plug is no camera");
        } finally {
            cams.close();
            unknowns.close();
        }
    }
}
