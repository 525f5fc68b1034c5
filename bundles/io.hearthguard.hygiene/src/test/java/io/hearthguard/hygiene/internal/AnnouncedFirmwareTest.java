package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import io.hearthguard.api.device.SoftwareVersion;
import io.hearthguard.api.finding.Finding;

/**
 * Versions the inventory's device announced (DHCP vendor class, mDNS TXT, SSDP SERVER; read by
 * discovery, see discovery's AnnouncedSoftwareNetnsTest for the real udhcpc and avahi-daemon)
 * compared with advisory files the test writes (not real advisories). The device's address is
 * outside every home subnet, so nothing is contacted: these findings need no traffic.
 */
class AnnouncedFirmwareTest {

    record Announcing(String id, Optional<String> vendor, Optional<String> model, List<SoftwareVersion> software) implements Device {
        public List<String> macs() { return List.of("02:00:00:00:00:33"); }
        public Set<String> ips() { return Set.of("192.0.2.33"); }
        public Set<String> names() { return Set.of("hall camera"); }
        public String displayName() { return "hall camera"; }
        public DeviceType type() { return DeviceType.CAMERA; }
        public Optional<String> os() { return Optional.empty(); }
        public double typeConfidence() { return 0.8; }
        public boolean randomizedMac() { return false; }
        public Instant firstSeen() { return Instant.EPOCH; }
        public Instant lastSeen() { return Instant.EPOCH; }
        public boolean online() { return true; }
        public List<Evidence> evidence() { return List.of(); }
    }

    static final String ADVISORIES = """
            [{"id": "TEST-UDHCP-1", "summary": "test advisory for udhcp", "aliases": ["CVE-0000-0001"],
              "affected": [{"package": {"name": "udhcp"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.36.0"}]}]}]},
             {"id": "TEST-CAM-7", "summary": "test advisory for the Acme X1 firmware",
              "affected": [{"package": {"name": "Acme X1"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "4.0"}, {"fixed": "4.31"}]}]}]},
             {"id": "TEST-MINIUPNPD-2", "affected": [{"package": {"name": "MiniUPnPd"}, "versions": ["2.3.3"]}]}]
            """;

    List<Finding> check(Path dir, Announcing d) throws Exception {
        Files.writeString(dir.resolve("test.json"), ADVISORIES);
        TestHome.Published published = new TestHome.Published();
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("advisoryDirectory", dir.toString(), "scheduleHours", 0,
                "checkNewDevices", false)), TestHome.inventory(d), published, null);
        try {
            List<Finding> f = c.check(d.id());
            assertEquals(f, published.findings);
            return f;
        } finally {
            c.deactivate();
        }
    }

    @Test
    void announcedVersionsAreComparedAndTheFindingNamesAdvisoryInstalledFixedAndWhereItWasRead(@TempDir Path dir) throws Exception {
        Announcing cam = new Announcing("cam-1", Optional.of("Acme"), Optional.of("X1"), List.of(
                new SoftwareVersion("udhcp", "1.35.0", "dhcp-vendor-class", "DHCP vendor class udhcp 1.35.0"),
                new SoftwareVersion("", "4.30.2", "mdns-txt.fwversion", "mDNS TXT fwversion=4.30.2"),
                new SoftwareVersion("MiniUPnPd", "2.3.4", "ssdp-server", "SSDP SERVER Linux/5.10 UPnP/1.1 MiniUPnPd/2.3.4")));
        List<Finding> f = check(dir, cam);
        assertEquals(List.of("TEST-UDHCP-1", "TEST-CAM-7"), f.stream().map(x -> x.evidence().get("advisory")).toList(),
                "MiniUPnPd 2.3.4 is not in the advisory's version list");
        Finding udhcp = f.get(0);
        assertEquals("hygiene.firmware.advisory", udhcp.rule());
        assertEquals("1.35.0", udhcp.evidence().get("installed"));
        assertEquals("1.36.0", udhcp.evidence().get("fixed"));
        assertEquals(List.of("CVE-0000-0001"), udhcp.evidence().get("aliases"));
        assertEquals("its DHCP request (vendor class): DHCP vendor class udhcp 1.35.0", udhcp.evidence().get("readFrom"));
        assertEquals("cam-1", udhcp.device().id());
        Finding fw = f.get(1);
        assertEquals("acme x1", fw.evidence().get("product"), "a bare firmware version is the device's own: vendor and model");
        assertEquals("4.30.2", fw.evidence().get("installed"));
        assertEquals("4.31", fw.evidence().get("fixed"));
        assertTrue(fw.summary().contains("mDNS") && fw.summary().contains("TEST-CAM-7") && fw.summary().contains("4.31"), fw.summary());
        assertTrue(f.stream().noneMatch(x -> x.evidence().containsKey("traffic")));
    }

    @Test
    void aFixedOrUnnamedDeviceGivesNothing(@TempDir Path dir) throws Exception {
        Announcing fixed = new Announcing("cam-2", Optional.of("Acme"), Optional.of("X1"), List.of(
                new SoftwareVersion("udhcp", "1.36.1", "dhcp-vendor-class", "DHCP vendor class udhcp 1.36.1"),
                new SoftwareVersion("", "4.31", "mdns-txt.fwversion", "mDNS TXT fwversion=4.31")));
        assertEquals(List.of(), check(dir, fixed));
        Announcing unnamed = new Announcing("cam-3", Optional.empty(), Optional.empty(), List.of(
                new SoftwareVersion("", "4.30.2", "mdns-txt.fwversion", "mDNS TXT fwversion=4.30.2")));
        assertEquals(List.of(), check(dir, unnamed), "a bare version of a device whose maker and model are unknown names nothing");
    }
}
