package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.NeighborMessage;
import io.hearthguard.api.traffic.SsdpMessage;

class InventoryEngineTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final long ROUTER = Macs.parse("00:1c:7f:53:d0:28");
    static final long ROGUE = Macs.parse("00:0c:29:aa:bb:cc");
    static final long CAM = Macs.parse("f4:b8:5e:ff:2b:1b");

    final Recorder rec = new Recorder();
    final InventoryEngine engine = new InventoryEngine(identifier(), InventoryEngine.Settings.defaults(), rec);

    static Identifier identifier() {
        try {
            RuleSet rules = RuleSources.builtIn().plus(RuleSet.parse(new StringReader("""
                    hostname ~ ^test-cam -> type=camera; vendor=Acme; weight=0.8
                    hostname ~ ^test-plug -> type=plug; vendor=Acme; weight=0.9
                    """), "test.rules"));
            return new Identifier(OuiRegistry.empty(), DhcpFingerprints.empty(), rules);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Records.Dhcp dhcp(Instant t, long mac, int type, String host, String clientId, String assigned) {
        return new Records.Dhcp(t, mac, -1, type == 5 ? "192.168.1.1" : "0.0.0.0", "255.255.255.255", type == 5 ? 67 : 68,
                type == 5 ? 68 : 67, 4, type, Macs.format(mac), Optional.ofNullable(host), Optional.ofNullable(clientId),
                Optional.empty(), List.of(1, 3, 6), Optional.empty(), Optional.ofNullable(assigned));
    }

    static Records.Dhcp ack(Instant t, long server, long client, String ip) {
        return new Records.Dhcp(t, server, client, "192.168.1.1", ip, 67, 68, 4, 5, Macs.format(client), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of(ip));
    }

    static Records.Neighbor arp(Instant t, long mac, String ip) {
        return new Records.Neighbor(t, mac, -1, NeighborMessage.Operation.ARP_REPLY, Macs.format(mac), ip, "", "");
    }

    static Records.Flow flow(Instant t, long initMac, String initIp, long respMac, String respIp) {
        return new Records.Flow(1, FlowRecord.Phase.STARTED, initIp, respIp, initMac, respMac, t, t, 1, Optional.empty());
    }

    @Test
    void byMacBitsDoesNotAllocateForAKnownDevice() {
        engine.metadata(arp(T0, CAM, "192.168.1.129"));
        engine.flush(false);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        Device d = null;
        for (int i = 0; i < 20_000; i++) {
            d = engine.byMacBits(CAM);
        }
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 100_000; i++) {
            d = engine.byMacBits(CAM);
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertNotNull(d);
        assertEquals("f4b85eff2b1b", d.id());
        assertTrue(allocated < 4_096, "100k lookups allocated " + allocated + " bytes");
        assertNull(engine.byMacBits(ROGUE));
    }

    @Test
    void aDeviceKeepsItsIdWhenItsAddressChanges() {
        engine.metadata(ack(T0, ROUTER, CAM, "192.168.1.129"));
        engine.flush(false);
        String id = engine.byMac("F4-B8-5E-FF-2B-1B").orElseThrow().id();
        engine.metadata(ack(T0.plusSeconds(3600), ROUTER, CAM, "192.168.1.77"));
        engine.flush(false);
        assertEquals(id, engine.byIp("192.168.1.77").orElseThrow().id());
        assertEquals(id, engine.byMac("f4:b8:5e:ff:2b:1b").orElseThrow().id());
        assertEquals(2, engine.devices().size(), "camera and router");
        // the old address moves to whoever uses it next
        engine.metadata(arp(T0.plusSeconds(3700), ROGUE, "192.168.1.129"));
        engine.flush(false);
        assertEquals(Macs.hex(ROGUE), engine.byIp("192.168.1.129").orElseThrow().id());
        assertFalse(engine.byId(id).orElseThrow().ips().contains("192.168.1.129"));
    }

    @Test
    void ipv4AndIpv6OfOneMacAreOneDevice() {
        engine.metadata(arp(T0, CAM, "192.168.1.129"));
        engine.metadata(new Records.Neighbor(T0, CAM, -1, NeighborMessage.Operation.NEIGHBOR_ADVERT, Macs.format(CAM),
                "fe80::f6b8:5eff:feff:2b1b", "", "fe80::f6b8:5eff:feff:2b1b"));
        engine.flush(false);
        assertEquals(1, engine.devices().size());
        Device d = engine.byIp("fe80::f6b8:5eff:feff:2b1b").orElseThrow();
        assertEquals(d.id(), engine.byIp("192.168.1.129").orElseThrow().id());
    }

    @Test
    void randomizedMacsWithTheSameDhcpClientIdAreOneDevice() {
        long r1 = Macs.parse("9a:11:22:33:44:55");
        long r2 = Macs.parse("de:66:77:88:99:00");
        String duid = "ff000000010001000128a1b2c3d4e5f6";
        engine.metadata(dhcp(T0, r1, 3, "Pixel-7", duid, null));
        engine.flush(false);
        String id = engine.byMacBits(r1).id();
        engine.metadata(dhcp(T0.plusSeconds(86_400), r2, 3, "Pixel-7", duid, null));
        assertEquals(id, engine.byMacBits(r2).id(), "found by the new MAC before any flush");
        engine.flush(false);
        assertEquals(1, engine.devices().size());
        Device d = engine.byId(id).orElseThrow();
        assertEquals(List.of(Macs.format(r1), Macs.format(r2)), d.macs());
        assertEquals(id, engine.byMacBits(r2).id());
        assertTrue(d.randomizedMac());
        assertTrue(d.vendor().isEmpty());
    }

    @Test
    void randomizedMacsWithTheSameHostnameMergeButRealMacsNeverDo() {
        long r1 = Macs.parse("9a:11:22:33:44:55");
        long r2 = Macs.parse("de:66:77:88:99:00");
        engine.metadata(dhcp(T0, r1, 3, "Annas-iPhone", "01" + Macs.hex(r1), null));
        engine.metadata(dhcp(T0.plusSeconds(60), r2, 3, "Annas-iPhone", "01" + Macs.hex(r2), null));
        engine.flush(false);
        assertEquals(1, engine.devices().size(), "client ids that only carry the MAC do not block the hostname match");
        long pi1 = Macs.parse("b8:27:eb:00:00:01");
        long pi2 = Macs.parse("b8:27:eb:00:00:02");
        engine.metadata(dhcp(T0, pi1, 3, "raspberrypi", null, null));
        engine.metadata(dhcp(T0, pi2, 3, "raspberrypi", null, null));
        engine.flush(false);
        assertEquals(3, engine.devices().size());
    }

    @Test
    void eventsAnnounceAddedOnceThenChangesThenOfflineAndOnlineInCaptureTime() {
        engine.metadata(arp(T0, CAM, "192.168.1.129"));
        engine.tick(T0.plusSeconds(2));
        engine.metadata(dhcp(T0.plusSeconds(3), CAM, 3, "test-cam-1", null, null));
        engine.tick(T0.plusSeconds(5));
        engine.tick(T0.plusSeconds(599));
        assertTrue(engine.byMacBits(CAM).online());
        engine.tick(T0.plusSeconds(700));
        assertFalse(engine.byMacBits(CAM).online());
        engine.metadata(arp(T0.plusSeconds(800), CAM, "192.168.1.129"));
        engine.tick(T0.plusSeconds(802));
        String id = Macs.hex(CAM);
        assertEquals(List.of("ADDED " + id, "CHANGED " + id, "OFFLINE " + id, "ONLINE " + id), rec.events);
        Device d = engine.byMacBits(CAM);
        assertEquals(T0, d.firstSeen());
        assertEquals(T0.plusSeconds(800), d.lastSeen());
        assertEquals(DeviceType.CAMERA, d.type());
    }

    @Test
    void lastSeenStaysFreshForReadersAndTheStoreWithoutEvents() {
        engine.metadata(arp(T0, CAM, "192.168.1.129"));
        engine.tick(T0.plusSeconds(1));
        int events = rec.events.size();
        for (int i = 2; i <= 180; i++) {
            engine.metadata(arp(T0.plusSeconds(i), CAM, "192.168.1.129"));
            engine.tick(T0.plusSeconds(i));
        }
        assertEquals(T0.plusSeconds(180), engine.byMacBits(CAM).lastSeen());
        assertEquals(events, rec.events.size(), "no CHANGED for traffic alone");
        Instant stored = rec.stored.stream().filter(x -> x.id().equals(Macs.hex(CAM))).findFirst().orElseThrow().lastSeen();
        assertTrue(!stored.isBefore(T0.plusSeconds(120)), "stored last seen " + stored);
    }

    @Test
    void newDeviceIsReportedAfterTheSettleTimeWithItsEvidence() {
        engine.metadata(arp(T0, CAM, "192.168.1.129"));
        engine.metadata(dhcp(T0.plusSeconds(10), CAM, 3, "test-cam-1", null, null));
        engine.tick(T0.plusSeconds(20));
        assertTrue(rec.newDevices.isEmpty(), "still gathering evidence");
        engine.tick(T0.plusSeconds(31));
        assertEquals(1, rec.newDevices.size());
        Device d = rec.newDevices.get(0);
        assertEquals(DeviceType.CAMERA, d.type());
        assertTrue(d.evidence().stream().anyMatch(e -> e.detail().contains("test-cam-1")));
        // the finding for it is valid within the finding limits
        assertEquals("discovery.new-device", Findings.newDevice(d).rule());
    }

    @Test
    void aSettledDeviceThatChangesTypeIsReported() {
        engine.metadata(dhcp(T0, CAM, 3, "test-cam-1", null, null));
        engine.tick(T0.plusSeconds(60));
        engine.metadata(dhcp(T0.plusSeconds(61), CAM, 3, "test-plug-1", null, null));
        engine.metadata(dhcp(T0.plusSeconds(62), CAM, 3, "test-plug-2", null, null));
        engine.tick(T0.plusSeconds(70));
        assertEquals(DeviceType.PLUG, engine.byMacBits(CAM).type());
        assertEquals(List.of(Macs.hex(CAM) + " type"), rec.changes);
    }

    @Test
    void refiningAWeakGuessIsNoChangeWorthAFinding() throws Exception {
        Identifier id = new Identifier(OuiRegistry.load(Tshark.shared("oui/ieee-data")), DhcpFingerprints.empty(), RuleSources.builtIn());
        InventoryEngine e = new InventoryEngine(id, InventoryEngine.Settings.defaults(), rec);
        e.metadata(arp(T0, CAM, "192.168.1.129"));
        e.tick(T0.plusSeconds(60));
        assertEquals("Texas Instruments", e.byMacBits(CAM).vendor().orElseThrow());
        e.metadata(new Records.Dns(T0.plusSeconds(61), CAM, ROUTER, "192.168.1.129", "192.168.1.1", 5000, 53, false, false,
                List.of(new DnsMessage.Question("vs-cam.u011.immedia-semi.com", 1, 1)), List.of()));
        e.tick(T0.plusSeconds(70));
        assertEquals("Blink", e.byMacBits(CAM).vendor().orElseThrow());
        assertEquals(DeviceType.CAMERA, e.byMacBits(CAM).type());
        assertTrue(rec.changes.isEmpty(), rec.changes.toString());
    }

    @Test
    void devicesWithoutANameOfTheSameVendorAndTypeGetDistinctStableNames() throws Exception {
        InventoryEngine e = new InventoryEngine(new Identifier(OuiRegistry.empty(), DhcpFingerprints.empty(), RuleSources.builtIn()),
                InventoryEngine.Settings.defaults(), rec);
        long echo1 = Macs.parse("68:db:f5:90:19:64");
        long echo2 = Macs.parse("68:db:f5:b9:5d:01");
        int i = 0;
        for (long m : new long[] {echo1, echo2}) {
            String ip = "192.168.1." + (20 + i++);
            e.metadata(arp(T0, m, ip));
            e.metadata(new Records.Dns(T0.plusSeconds(1), m, ROUTER, ip, "192.168.1.1", 5000, 53, false, false,
                    List.of(new DnsMessage.Question("avs-alexa-14-na.amazon.com", 1, 1)), List.of()));
        }
        e.tick(T0.plusSeconds(60));
        Device a = e.byMacBits(echo1);
        Device b = e.byMacBits(echo2);
        assertEquals(DeviceType.SMART_SPEAKER, a.type());
        assertEquals("Amazon smart-speaker 90:19:64", a.displayName());
        assertEquals("Amazon smart-speaker b9:5d:01", b.displayName());
        e.tick(T0.plusSeconds(120));
        assertEquals("Amazon smart-speaker 90:19:64", e.byMacBits(echo1).displayName(), "the same name on every snapshot");
    }

    @Test
    void aSecondMacClaimingTheGatewayAddressIsArpSpoofing() {
        engine.metadata(new Records.Dhcp(T0, ROUTER, CAM, "192.168.1.1", "192.168.1.129", 67, 68, 4, 2, Macs.format(CAM),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of("192.168.1.129")));
        engine.metadata(arp(T0.plusSeconds(1), ROUTER, "192.168.1.1"));
        assertTrue(rec.mitm.isEmpty());
        engine.metadata(arp(T0.plusSeconds(2), ROGUE, "192.168.1.1"));
        engine.metadata(arp(T0.plusSeconds(3), ROGUE, "192.168.1.1"));
        assertEquals(1, rec.mitm.size(), "reported once");
        InventoryEngine.Mitm m = rec.mitm.get(0);
        assertEquals("arp-spoof", m.kind());
        assertEquals("192.168.1.1", m.gatewayIp());
        assertEquals(ROUTER, m.gatewayMac());
        assertEquals(ROGUE, m.claimingMac());
        engine.flush(false);
        assertEquals(DeviceType.ROUTER, engine.byMacBits(ROUTER).type());
        assertEquals("discovery.arp-spoof", Findings.mitm(m, engine.byMacBits(ROGUE)).rule());
    }

    @Test
    void aSecondMacAdvertisingTheGatewaysIpv6AddressIsNeighborSpoofing() {
        engine.metadata(new Records.Neighbor(T0, ROUTER, -1, NeighborMessage.Operation.ROUTER_ADVERT, Macs.format(ROUTER),
                "fe80::21c:7fff:fe53:d028", "", ""));
        engine.metadata(new Records.Neighbor(T0.plusSeconds(1), ROUTER, -1, NeighborMessage.Operation.NEIGHBOR_ADVERT,
                Macs.format(ROUTER), "fe80::21c:7fff:fe53:d028", "", "fe80::21c:7fff:fe53:d028"));
        assertTrue(rec.mitm.isEmpty());
        engine.metadata(new Records.Neighbor(T0.plusSeconds(2), ROGUE, -1, NeighborMessage.Operation.NEIGHBOR_ADVERT,
                Macs.format(ROGUE), "fe80::21c:7fff:fe53:d028", "", "fe80::21c:7fff:fe53:d028"));
        assertEquals(1, rec.mitm.size());
        assertEquals("nd-spoof", rec.mitm.get(0).kind());
        assertEquals(ROGUE, rec.mitm.get(0).claimingMac());
        assertTrue(Findings.mitm(rec.mitm.get(0), null).summary().contains("IPv6 neighbor spoofing"));
    }

    @Test
    void trafficToTheInternetThroughANewMacIsAGatewayChange() {
        for (int i = 0; i < 6; i++) {
            engine.flow(flow(T0.plusSeconds(i), CAM, "192.168.1.129", ROUTER, "52.1.2." + i));
        }
        engine.flush(false);
        assertEquals(Macs.format(ROUTER), engine.gateway()[0]);
        assertEquals(DeviceType.ROUTER, engine.byMacBits(ROUTER).type());
        assertTrue(rec.mitm.isEmpty());
        for (int i = 0; i < 6; i++) {
            engine.flow(flow(T0.plusSeconds(100 + i), CAM, "192.168.1.129", ROGUE, "52.1.3." + i));
        }
        assertEquals(1, rec.mitm.size());
        assertEquals("gateway-mac-changed", rec.mitm.get(0).kind());
        assertEquals(ROGUE, rec.mitm.get(0).claimingMac());
    }

    @Test
    void aDhcpServerGuessIsCorrectedByWhereTrafficReallyGoesWithoutAnAlarm() {
        long pihole = Macs.parse("b8:27:eb:00:00:53");
        engine.metadata(new Records.Dhcp(T0, pihole, CAM, "192.168.1.53", "192.168.1.129", 67, 68, 4, 5, Macs.format(CAM),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of("192.168.1.129")));
        for (int i = 0; i < 6; i++) {
            engine.flow(flow(T0.plusSeconds(i), CAM, "192.168.1.129", ROUTER, "52.1.2." + i));
        }
        assertEquals(Macs.format(ROUTER), engine.gateway()[0]);
        assertTrue(rec.mitm.isEmpty());
    }

    @Test
    void flowsCreateDevicesOnlyForSidesThatWereSeen() {
        engine.flow(new Records.Flow(1, FlowRecord.Phase.STARTED, "192.168.1.129", "192.168.1.50", CAM, ROGUE, T0, T0, 0,
                Optional.empty()));
        engine.flush(false);
        assertEquals(1, engine.devices().size(), "a scanned address that never answered is no device");
    }

    @Test
    void packetsFromTheInternetAreNotTakenAsFactsAboutTheRouter() {
        engine.metadata(new Records.Tls(T0, ROUTER, CAM, "192.168.1.1", "192.168.1.129", 443, 5000, Optional.of("x")));
        for (int i = 0; i < 6; i++) {
            engine.flow(flow(T0.plusSeconds(i), CAM, "192.168.1.129", ROUTER, "52.1.2." + i));
        }
        engine.metadata(new Records.Http(T0.plusSeconds(10), ROUTER, CAM, "52.1.2.3", "192.168.1.129", 80, 5000, "GET", "/",
                Optional.empty(), Optional.of("Roku/DVP-9.10")));
        engine.flush(false);
        assertEquals(DeviceType.ROUTER, engine.byMacBits(ROUTER).type());
        assertTrue(engine.byMacBits(ROUTER).vendor().isEmpty());
        assertFalse(engine.byMacBits(ROUTER).ips().contains("52.1.2.3"));
    }

    @Test
    void hostileMdnsDhcpAndSsdpValuesAreBoundedSanitisedAndFast() {
        String huge = "\u202e\u0000evil\u0007" + "A".repeat(20_000);
        List<DnsMessage.Answer> answers = new ArrayList<>();
        List<String> txt = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            txt.add("k" + i + "=" + huge);
        }
        txt.add("model=iMac17,1");
        for (int i = 0; i < 2_000; i++) {
            answers.add(new DnsMessage.Answer(1, huge + i + "._x" + i + "._tcp.local", 16, 1, 120, "", txt));
            answers.add(new DnsMessage.Answer(1, "_s" + i + "._tcp.local", 12, 1, 120, huge + "._s" + i + "._tcp.local", List.of()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("SERVER", huge);
        // a guard against hangs and quadratic blow-ups (about 2 s idle), not a speed figure: a machine shared by several builds took 14 s
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 20; round++) {
                Instant t = T0.plusSeconds(round);
                engine.metadata(new Records.Dns(t, CAM, -1, "192.168.1.129", "224.0.0.251", 5353, 5353, true, true, List.of(), answers));
                engine.metadata(new Records.Dhcp(t, CAM, -1, "0.0.0.0", "255.255.255.255", 68, 67, 4, 3, Macs.format(CAM),
                        Optional.of(huge + round), Optional.of(huge), Optional.of(huge), java.util.Collections.nCopies(10_000, 55),
                        Optional.of(huge), Optional.of(huge)));
                engine.metadata(new Records.Ssdp(t, CAM, -1, "192.168.1.129", "239.255.255.250", 1900, 1900, SsdpMessage.Kind.NOTIFY,
                        Optional.of(huge), Optional.of(huge), Optional.of(huge), Optional.of(huge), Optional.of(huge), headers));
                engine.tick(t);
            }
            engine.flush(true);
        });
        Device d = engine.byMacBits(CAM);
        assertTrue(d.evidence().size() <= Identifier.MAX_EVIDENCE);
        assertTrue(d.names().size() <= 16);
        assertTrue(engine.services(d.id()).size() <= InventoryEngine.MAX_SERVICES);
        for (var e : d.evidence()) {
            assertTrue(e.value().length() <= Text.MAX && e.detail().length() <= 400, e.toString());
            assertTrue(e.value().chars().noneMatch(c -> c < 0x20 || c == 0x202e), e.value());
        }
        assertTrue(d.names().stream().allMatch(n -> n.length() <= Text.MAX && !n.contains("\u202e")));
        // the finding for such a device still fits the finding limits
        assertNotNull(Findings.newDevice(d));
    }

    @Test
    void theInventoryStaysWithinItsBoundEvictingOfflineDevicesFirst() {
        InventoryEngine small = new InventoryEngine(identifier(),
                new InventoryEngine.Settings(Duration.ofSeconds(60), Duration.ZERO, 16, 5), rec);
        for (int i = 0; i < 16; i++) {
            small.metadata(arp(T0, 0x0000_1000_0000L + i, "192.168.1." + (10 + i)));
        }
        small.tick(T0.plusSeconds(120)); // all offline
        for (int i = 0; i < 100; i++) {
            small.metadata(arp(T0.plusSeconds(121), 0x0000_2000_0000L + i, "192.168.2." + (10 + i)));
        }
        assertEquals(16, small.devices().size());
        assertEquals(84, small.refused());
        assertNull(small.byMacBits(0x0000_1000_0000L));
    }
}
