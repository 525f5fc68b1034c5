package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/** Family names, rooms and types: kept across restarts, validated, and unique default names. */
class DeviceLabelsTest {
    @TempDir
    Path tmp;

    record Dev(String id, List<String> macs, String displayName) implements Device {
        public Set<String> ips() { return Set.of(); }
        public Set<String> names() { return Set.of(); }
        public Optional<String> vendor() { return Optional.of("Amazon"); }
        public DeviceType type() { return DeviceType.SMART_SPEAKER; }
        public Optional<String> model() { return Optional.empty(); }
        public Optional<String> os() { return Optional.empty(); }
        public double typeConfidence() { return 0.6; }
        public boolean randomizedMac() { return false; }
        public Instant firstSeen() { return Instant.EPOCH; }
        public Instant lastSeen() { return Instant.EPOCH; }
        public boolean online() { return false; }
        public List<Evidence> evidence() { return List.of(); }
    }

    @Test
    void sameDiscoveredNamesBecomeUniqueAndTheFamilysNameWins() throws Exception {
        AccountsTest.SqlStore store = new AccountsTest.SqlStore(tmp.resolve("db"));
        DeviceLabels l = new DeviceLabels(store);
        List<Device> echos = List.of(new Dev("a", List.of("18:74:2e:41:4d:35"), "Amazon smart-speaker"),
                new Dev("b", List.of("68:db:f5:90:19:64"), "Amazon smart-speaker"), new Dev("c", List.of("68:db:f5:b9:5d:01"), "Amazon smart-speaker"),
                new Dev("d", List.of("00:11:22:33:44:55"), "Router"));
        Map<String, String> names = l.names(echos);
        assertEquals(4, Set.copyOf(names.values()).size(), names.toString());
        assertEquals("Amazon smart-speaker (…19:64)", names.get("b"));
        assertEquals("Router", names.get("d"), "a unique name stays as it is");
        l.set("a", "Kitchen speaker", "Kitchen", null, "dashboard:admin");
        l.set("c", "Bedroom speaker", null, DeviceType.SMART_SPEAKER, "dashboard:admin");
        names = l.names(echos);
        assertEquals("Kitchen speaker", names.get("a"));
        assertEquals("Amazon smart-speaker", names.get("b"), "the only one left with the discovered name keeps it plain");
        // kept in the store: a new instance (a restart) reads them back
        DeviceLabels again = new DeviceLabels(store);
        assertEquals("Kitchen", again.of("a").orElseThrow().room());
        assertEquals(DeviceType.SMART_SPEAKER, again.of("c").orElseThrow().type());
        again.set("a", null, null, null, "dashboard:admin");
        assertTrue(again.of("a").isEmpty(), "clearing everything removes the label");
    }

    @Test
    void namesAndTypesAreCheckedWithAReason() {
        assertEquals("Anna's phone", DeviceLabels.clean("name", "  Anna's   phone ", 64));
        assertNull(DeviceLabels.clean("name", "   ", 64), "blank clears");
        assertThrows(Problem.class, () -> DeviceLabels.clean("name", "Kitchen\u202espeaker", 64), "bidi override refused");
        assertThrows(Problem.class, () -> DeviceLabels.clean("name", "a\u0000b", 64), "control character refused");
        assertThrows(Problem.class, () -> DeviceLabels.clean("name", "<script>", 64));
        assertThrows(Problem.class, () -> DeviceLabels.clean("room", "x".repeat(41), 40));
        assertEquals("Küche 2", DeviceLabels.clean("room", "Küche 2", 40));
        assertEquals(DeviceType.SMART_SPEAKER, DeviceLabels.parseType("smart-speaker"));
        assertNull(DeviceLabels.parseType(""));
        Problem p = assertThrows(Problem.class, () -> DeviceLabels.parseType("toaster"));
        assertTrue(p.getMessage().contains("smart-speaker") || String.valueOf(p).contains("smart-speaker"), String.valueOf(p));
    }
}
