package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

class PersistenceTest {
    static final Instant T0 = InventoryEngineTest.T0;

    @Test
    void devicesAndTheGatewaySurviveARestartWithoutBeingAnnouncedAgain(@TempDir Path tmp) {
        SqliteTestStore store = new SqliteTestStore(tmp.resolve("hub.db"));
        DeviceStore ds = new DeviceStore(store);
        ds.migrate();
        ds.migrate(); // idempotent

        Recorder first = new Recorder();
        InventoryEngine a = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), first);
        a.metadata(InventoryEngineTest.ack(T0, InventoryEngineTest.ROUTER, InventoryEngineTest.CAM, "192.168.1.129"));
        a.metadata(InventoryEngineTest.arp(T0, InventoryEngineTest.ROUTER, "192.168.1.1"));
        a.metadata(InventoryEngineTest.dhcp(T0.plusSeconds(1), InventoryEngineTest.CAM, 3, "test-cam-1\tnew\\line\n", null, null));
        a.flush(true);
        String[] gw = a.gateway();
        ds.save(first.stored, gw[0], gw[1]);
        Device before = a.byMacBits(InventoryEngineTest.CAM);

        Recorder second = new Recorder();
        InventoryEngine b = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), second);
        String[] g = ds.gateway();
        b.restore(ds.load(), Macs.parse(g[0]), g[1]);
        Device after = b.byMacBits(InventoryEngineTest.CAM);
        assertEquals(before.id(), after.id());
        assertEquals(before.names(), after.names());
        assertEquals(before.ips(), after.ips());
        assertEquals(DeviceType.CAMERA, after.type());
        assertEquals(before.vendor(), after.vendor());
        assertEquals(before.evidence(), after.evidence());
        assertEquals(T0, after.firstSeen());
        assertFalse(after.online(), "offline until seen again");
        assertEquals(after.id(), b.byIp("192.168.1.129").orElseThrow().id());
        b.flush(true);
        assertTrue(second.events.isEmpty(), "known devices are not announced again: " + second.events);
        assertTrue(second.newDevices.isEmpty());

        // the stored gateway protects from the first packet after the restart
        b.metadata(InventoryEngineTest.arp(T0.plusSeconds(5000), InventoryEngineTest.ROGUE, "192.168.1.1"));
        assertEquals(1, second.mitm.size());
        // a known device coming back is ONLINE, not ADDED
        b.metadata(InventoryEngineTest.arp(T0.plusSeconds(5001), InventoryEngineTest.CAM, "192.168.1.129"));
        b.flush(false);
        assertTrue(second.events.contains("ONLINE " + after.id()), second.events.toString());
        assertFalse(second.events.contains("ADDED " + after.id()));
        // facts were kept too: new rules re-identify restored devices from them
        b.identifier(InventoryEngineTest.identifier());
        b.flush(false);
        assertEquals(DeviceType.CAMERA, b.byMacBits(InventoryEngineTest.CAM).type());
    }

    /**
     * A device stored before a fingerprint database was added gets the database's evidence when it is loaded (the
     * stored option-55 list is judged again), without an event; what was stored stays, and the store gets the new
     * evidence at the next flush.
     */
    @Test
    void aDatabaseAddedSinceReachesStoredDevicesAtTheNextStart(@TempDir Path tmp) throws Exception {
        SqliteTestStore store = new SqliteTestStore(tmp.resolve("hub.db"));
        DeviceStore ds = new DeviceStore(store);
        ds.migrate();
        Recorder first = new Recorder();
        InventoryEngine a = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), first);
        a.metadata(InventoryEngineTest.dhcp(T0, InventoryEngineTest.CAM, 3, "test-cam-1", null, null)); // option 55: 1,3,6
        a.flush(true);
        ds.save(first.stored, null, null);
        Device before = a.byMacBits(InventoryEngineTest.CAM);
        assertTrue(before.evidence().stream().noneMatch(e -> e.source().equals("dhcp-fingerprint")), before.evidence().toString());

        Path db = java.nio.file.Files.createDirectories(tmp.resolve("fingerprints"));
        java.nio.file.Files.writeString(db.resolve("dhcp_fingerprints.conf"), """
                [class 8]
                description=Printers
                members=800-899
                [os 801]
                description=Acme Printer
                fingerprints=<<EOT
                1,3,6
                EOT
                """);
        List<String> problems = new java.util.ArrayList<>();
        Identifier withDb = new Identifier(OuiRegistry.empty(), DhcpFingerprints.load(List.of(db), problems), InventoryEngineTest.identifier().rules());
        assertTrue(problems.isEmpty(), problems.toString());
        Recorder second = new Recorder();
        InventoryEngine b = new InventoryEngine(withDb, InventoryEngine.Settings.defaults(), second);
        b.restore(ds.load(), -1, null);
        Device after = b.byMacBits(InventoryEngineTest.CAM);
        assertTrue(after.evidence().stream().anyMatch(e -> e.source().equals("dhcp-fingerprint") && e.value().equals("printer")),
                after.evidence().toString());
        assertTrue(after.evidence().containsAll(before.evidence()), "what was stored stays: " + after.evidence());
        assertEquals(DeviceType.CAMERA, after.type(), "the host-name rule (0.8) still outweighs one database's 0.45");
        b.flush(false);
        assertTrue(second.events.isEmpty(), "no event for what the start found: " + second.events);
        assertTrue(second.stored.stream().anyMatch(st -> st.evidence().stream().anyMatch(e -> e.source().equals("dhcp-fingerprint"))),
                "the store gets the new evidence");
    }

    @Test
    void aForgottenDeviceIsGoneFromMemoryAndStoreAndComesBackAsANewDevice(@TempDir Path tmp) {
        SqliteTestStore store = new SqliteTestStore(tmp.resolve("hub.db"));
        DeviceStore ds = new DeviceStore(store);
        ds.migrate();
        Recorder events = new Recorder();
        InventoryEngine a = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), events);
        a.metadata(InventoryEngineTest.arp(T0, InventoryEngineTest.ROUTER, "192.168.1.1"));
        a.metadata(InventoryEngineTest.dhcp(T0.plusSeconds(1), InventoryEngineTest.CAM, 3, "test-cam-1", null, null));
        a.flush(true);
        ds.save(events.stored, null, null);
        Device cam = a.byMacBits(InventoryEngineTest.CAM);
        assertEquals(DeviceType.CAMERA, cam.type());

        assertTrue(a.forget(cam.id()));
        ds.delete(cam.id()); // what the component does on the worker
        assertTrue(a.byId(cam.id()).isEmpty() && a.byMacBits(InventoryEngineTest.CAM) == null && a.byIp("192.168.1.129").isEmpty(),
                "gone from every lookup");
        assertFalse(a.devices().stream().anyMatch(d -> d.id().equals(cam.id())));
        assertTrue(events.events.contains("REMOVED " + cam.id()), events.events.toString());
        assertFalse(ds.load().stream().anyMatch(s -> s.id().equals(cam.id())), "gone from the store");
        assertFalse(a.forget(cam.id()), "forgetting twice finds nothing");
        assertFalse(a.forget("no-such-device"));

        // it shows up again a day later: a new device, first seen now, identified afresh
        Instant later = T0.plusSeconds(86_400);
        a.metadata(InventoryEngineTest.arp(later, InventoryEngineTest.CAM, "192.168.1.77"));
        a.flush(false);
        Device back = a.byMacBits(InventoryEngineTest.CAM);
        assertEquals(later, back.firstSeen(), "first seen when it came back");
        assertEquals(java.util.Set.of("192.168.1.77"), back.ips(), "no address kept from before");
        assertTrue(back.names().isEmpty(), "no name kept from before: " + back.names());
        assertTrue(events.events.contains("ADDED " + back.id()), events.events.toString());
    }

    @Test
    void aDamagedRowLosesOnlyThatDevice(@TempDir Path tmp) {
        SqliteTestStore store = new SqliteTestStore(tmp.resolve("hub.db"));
        DeviceStore ds = new DeviceStore(store);
        ds.migrate();
        Evidence e = new Evidence("dhcp", "name", "cam", "DHCP host name cam", 1.0, T0);
        ds.save(List.of(new InventoryEngine.Stored("aa", List.of("00:11:22:33:44:55"), List.of("192.168.1.5"), T0, T0, List.of(),
                List.of("_hap._tcp"), List.of("hostname\u0000cam"), List.of(e))), null, null);
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO discovery_device VALUES ('bb','x','',0,0,'','','','a\tb\tc\td\tNaNx\t')")) {
                return ps.executeUpdate();
            }
        });
        List<InventoryEngine.Stored> loaded = ds.load();
        assertEquals(1, loaded.size());
        assertEquals(List.of(e), loaded.get(0).evidence());
        assertEquals(List.of("hostname\u0000cam"), loaded.get(0).facts());
        ds.delete("aa");
        assertTrue(ds.load().isEmpty());
    }
}
