package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/**
 * What the fingerprint databases say about the option-55 list and vendor class of BusyBox's udhcpc, the DHCP client of
 * embedded Linux of every kind, is weak evidence of a kind: on the shared Fingerbank and Satori data.
 */
class GenericDhcpClientTest {
    static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    static Identifier id;

    @BeforeAll
    static void databases() {
        DhcpFingerprints fp = DhcpFingerprints.load(List.of(Tshark.shared("other/fingerprints")), new ArrayList<>());
        id = new Identifier(OuiRegistry.empty(), fp, RuleSources.builtIn());
    }

    private static double weight(List<Evidence> ev, String attr, String value) {
        return ev.stream().filter(e -> e.attribute().equals(attr) && e.value().equalsIgnoreCase(value)).mapToDouble(Evidence::weight)
                .max().orElse(0);
    }

    @Test
    void udhcpcsListSaysLittleOfTheKind() {
        // BusyBox's list plus option 44: three routers in Fingerbank
        List<Evidence> plain = id.forFact(new Fact(Fact.DHCP_PRL, "1,3,6,12,15,28,44"), T);
        List<Evidence> generic = id.forFact(new Fact(Fact.DHCP_PRL_GENERIC, "1,3,6,12,15,28,44"), T);
        assertEquals(0.45, weight(plain, "type", "router"), 1e-9);
        assertEquals(0.45 * Identifier.GENERIC_CLIENT, weight(generic, "type", "router"), 1e-3);
        assertTrue(generic.stream().allMatch(e -> !e.attribute().equals("type") || e.detail().contains("generic client")), generic.toString());
        assertEquals(DeviceType.UNKNOWN, Identifier.decide(generic).type(), "below the decision threshold alone");
        // the vendor class's own signatures (NETGEAR access points, a Nokia tablet, ...) are weak too; the OS stays
        List<Evidence> vc = id.forFact(new Fact(Fact.DHCP_VENDOR, "udhcp 0.9.8"), T);
        assertTrue(weight(vc, "vendor", "NETGEAR") <= 0.3 * Identifier.GENERIC_CLIENT, vc.toString());
        assertEquals(0.4, weight(vc, "os", "Linux"), 1e-9, "udhcp is Linux (rule)");
    }

    @Test
    void theEngineTellsAGenericClientsListFromADevicesOwn() {
        InventoryEngine e = new InventoryEngine(id, InventoryEngine.Settings.defaults(), new Recorder());
        long cam = Macs.parse("00:00:00:00:00:0a"); // no registry loaded here: the DHCP message alone
        long other = cam + 1;
        e.metadata(dhcp(cam, Optional.of("udhcp 1.12.1")));
        e.metadata(dhcp(other, Optional.empty()));
        e.tick(T.plusSeconds(60));
        assertEquals(DeviceType.UNKNOWN, e.byMacBits(cam).type(), "udhcpc's default list alone names no kind");
        assertEquals(DeviceType.CAMERA, e.byMacBits(other).type(), "the same list without udhcp: 7 of 16 signatures are cameras");
    }

    private static Records.Dhcp dhcp(long mac, Optional<String> vendorClass) {
        return new Records.Dhcp(T, mac, -1, "0.0.0.0", "255.255.255.255", 68, 67, 4, 3, Macs.format(mac), Optional.empty(),
                Optional.empty(), vendorClass, List.of(1, 3, 6, 12, 15, 28, 42), Optional.empty(), Optional.empty());
    }
}
