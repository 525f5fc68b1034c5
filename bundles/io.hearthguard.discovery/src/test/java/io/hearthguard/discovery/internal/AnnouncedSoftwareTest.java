package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.SoftwareVersion;
import io.hearthguard.api.traffic.DnsMessage;

/** Versions a device announces about itself: what is read, what is not, bounds, persistence. */
class AnnouncedSoftwareTest {
    static final Instant T0 = InventoryEngineTest.T0;
    static final long CAM = InventoryEngineTest.CAM;

    static String one(String kind, String value) {
        List<SoftwareVersion> v = AnnouncedSoftware.from(kind, value);
        return v.isEmpty() ? "-" : v.get(0).product() + "|" + v.get(0).version();
    }

    @Test
    void versionKeysOfMdnsTxtAreReadAndProtocolVersionsAreNot() {
        assertEquals("|4.30.2", one("mdns-txt.fwversion", "4.30.2"));
        assertEquals("|1.0.3", one("mdns-txt.ver", "v1.0.3"));
        assertEquals("|366.0", one("mdns-txt.srcvers", "366.0"));
        assertEquals("-", one("mdns-txt.txtvers", "1"), "TXT format version");
        assertEquals("-", one("mdns-txt.pv", "1.1"), "HomeKit protocol version");
        assertEquals("-", one("mdns-txt.fwversion", "unknown"));
        assertEquals("-", one("mdns-txt.fwversion", "1.2.3 (build 7); rm -rf"), "not a version token");
        assertEquals("-", one("mdns-txt.model", "iMac17,1"));
    }

    @Test
    void dhcpVendorClassesNameTheirClient() {
        assertEquals("udhcp|1.35.0", one(Fact.DHCP_VENDOR, "udhcp 1.35.0"));
        assertEquals("dhcpcd|9.4.1", one(Fact.DHCP_VENDOR, "dhcpcd-9.4.1:Linux-6.1.0:x86_64:GenuineIntel"));
        assertEquals("android-dhcp|13", one(Fact.DHCP_VENDOR, "android-dhcp-13"));
        assertEquals("MSFT|5.0", one(Fact.DHCP_VENDOR, "MSFT 5.0"));
        assertEquals("-", one(Fact.DHCP_VENDOR, "MSFT"));
        assertEquals("-", one(Fact.DHCP_VENDOR, "A".repeat(200) + " 1.0"), "a product name longer than the API allows");
    }

    @Test
    void ssdpServerWordsNameSoftwareButNotUpnpItself() {
        List<SoftwareVersion> v = AnnouncedSoftware.from(Fact.SSDP_SERVER, "Linux/5.10 UPnP/1.1 MiniUPnPd/2.3.3");
        assertEquals(List.of("Linux|5.10", "MiniUPnPd|2.3.3"), v.stream().map(s -> s.product() + "|" + s.version()).toList());
        assertTrue(v.stream().allMatch(s -> s.source().equals("ssdp-server") && s.detail().contains("MiniUPnPd/2.3.3")));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            many.append("p").append(i).append("/1.").append(i).append(' ');
        }
        assertEquals(AnnouncedSoftware.MAX_PER_FACT, AnnouncedSoftware.from(Fact.SSDP_SERVER, many.toString()).size());
    }

    @Test
    void theEngineCarriesAnnouncedVersionsOnTheDeviceBoundedAndThroughARestart() {
        Recorder rec = new Recorder();
        InventoryEngine engine = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), rec);
        engine.metadata(new Records.Dhcp(T0, CAM, -1, "0.0.0.0", "255.255.255.255", 68, 67, 4, 3, Macs.format(CAM),
                Optional.of("test-cam"), Optional.empty(), Optional.of("udhcp 1.35.0"), List.of(1, 3, 6), Optional.empty(),
                Optional.of("192.168.1.129")));
        List<String> txt = new ArrayList<>(List.of("fwversion=4.30.2", "txtvers=1"));
        for (int i = 0; i < 40; i++) {
            txt.add("ver=" + i + ".0"); // one key, many values: more than a device may keep
        }
        engine.metadata(new Records.Dns(T0.plusSeconds(1), CAM, -1, "192.168.1.129", "224.0.0.251", 5353, 5353, true, true,
                List.of(), List.of(new DnsMessage.Answer(1, "Cam._http._tcp.local", 16, 1, 120, "", txt))));
        engine.tick(T0.plusSeconds(2));
        engine.flush(true);
        Device d = engine.byMacBits(CAM);
        List<SoftwareVersion> sw = d.software();
        assertEquals(InventoryEngine.MAX_SOFTWARE, sw.size());
        assertEquals(new SoftwareVersion("udhcp", "1.35.0", "dhcp-vendor-class", "DHCP vendor class udhcp 1.35.0"), sw.get(0));
        assertEquals(new SoftwareVersion("", "4.30.2", "mdns-txt.fwversion", "mDNS TXT fwversion=4.30.2"), sw.get(1));
        assertTrue(sw.stream().noneMatch(s -> s.source().equals("mdns-txt.txtvers")));

        // the versions are kept in the stored facts and come back after a restart
        InventoryEngine.Stored stored = rec.stored.stream().filter(s -> s.id().equals(d.id())).findFirst().orElseThrow();
        InventoryEngine again = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), new Recorder());
        again.restore(List.of(stored), -1, null);
        assertEquals(java.util.Set.copyOf(sw), java.util.Set.copyOf(again.byId(d.id()).orElseThrow().software()));
    }
}
