package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;

/** Identification on facts tshark reads out of the shared real captures. */
class RealCaptureIdentificationTest {
    static Identifier id;

    @BeforeAll
    static void load() throws Exception {
        id = Recorder.realIdentifier();
    }

    @Test
    void suricataDhcpCaptureYieldsSynologyNasNamedNas1AndItsDhcpServerAsGateway() throws Exception {
        Recorder r = new Recorder();
        InventoryEngine e = Recorder.feed(r, id, Tshark.shared("pcap/suricata-verify/dhcp-eve-extended__input.pcap"));
        Device nas = e.byMac("00:11:32:17:49:f0").orElseThrow();
        assertTrue(nas.names().contains("nas1"), nas.names().toString());
        assertEquals("Synology", nas.vendor().orElseThrow());
        assertEquals(DeviceType.NAS, nas.type());
        assertTrue(nas.ips().contains("10.16.1.4"), nas.ips().toString());
        assertTrue(nas.evidence().stream().anyMatch(ev -> ev.source().equals("oui") && ev.detail().contains("001132")));
        Device gw = e.byMac("a0:36:9f:4c:4c:28").orElseThrow();
        assertEquals(DeviceType.ROUTER, gw.type());
        assertEquals("10.16.1.1", e.gateway()[1]);
        assertTrue(r.newDevices.stream().anyMatch(d -> d.id().equals(nas.id())), "new-device reported for the NAS");
    }

    @Test
    void suricataMdnsCaptureYieldsAnImacFromDeviceInfoTxt() throws Exception {
        Recorder r = new Recorder();
        InventoryEngine e = Recorder.feed(r, id,
                Tshark.shared("pcap/suricata-verify/ipv6-evasion__ipv6-malformed-fragments-9__frag-9.pcap"));
        Device mac = e.byMac("a8:60:b6:0b:27:cd").orElseThrow();
        assertEquals("iMac17,1", mac.model().orElseThrow());
        assertEquals(DeviceType.COMPUTER, mac.type());
        assertEquals("Apple", mac.vendor().orElseThrow());
        assertEquals("macOS", mac.os().orElseThrow());
        assertTrue(mac.names().contains("John’s iMac"), mac.names().toString());
        assertTrue(e.services(mac.id()).contains("_device-info._tcp"), e.services(mac.id()).toString());
        assertTrue(e.services(mac.id()).contains("_companion-link._tcp"), e.services(mac.id()).toString());
        assertTrue(mac.typeConfidence() > 0.8, "confidence " + mac.typeConfidence());
    }

    @Test
    void zeekMdnsCaptureJoinsIpv4AndIpv6OfOneRandomizedMacWithoutClaimingAVendor() throws Exception {
        Recorder r = new Recorder();
        InventoryEngine e = Recorder.feed(r, id, Tshark.shared("pcap/zeek/dns__mdns.pcap"));
        Device vm = e.byMac("8a:3c:d6:e1:4d:c4").orElseThrow();
        assertTrue(vm.randomizedMac());
        assertTrue(vm.vendor().isEmpty(), "no vendor for a locally administered MAC: " + vm.vendor());
        assertTrue(vm.names().contains("johanna-QEMU-Virtual-Machine"), vm.names().toString());
        assertTrue(vm.ips().contains("10.0.2.7"), vm.ips().toString());
        assertTrue(vm.ips().contains("fd52:429e:c03c:8235:883c:d6ff:fee1:4dc4"), vm.ips().toString());
        assertEquals(vm.id(), e.byIp("10.0.2.7").orElseThrow().id());
        assertEquals(vm.id(), e.byIp("FD52:429E:C03C:8235:883C:D6FF:FEE1:4DC4").orElseThrow().id());
        assertEquals(1, e.devices().size(), "one physical device");
    }

    @Test
    void wiresharkDhcpSampleResolvesToTheVendorArkimeExpects() throws Exception {
        String expected = Files.readString(Tshark.shared("pcap/arkime/expected/wireshark-dhcp.test.json"));
        Matcher dhcp = Pattern.compile("\"dhcp\"\\s*:\\s*\\{(.*?)\\n    \\}", Pattern.DOTALL).matcher(expected);
        assertTrue(dhcp.find(), "Arkime's expected output has a dhcp section");
        String section = dhcp.group(1);
        Matcher mac = Pattern.compile("\"mac\"\\s*:\\s*\\[\\s*\"([0-9a-f:]{17})\"").matcher(section);
        Matcher oui = Pattern.compile("\"oui\"\\s*:\\s*\\[\\s*\"([^\"]+)\"").matcher(section);
        assertTrue(mac.find() && oui.find(), section);
        Recorder r = new Recorder();
        InventoryEngine e = Recorder.feed(r, id, Tshark.shared("pcap/arkime/wireshark-dhcp.pcap"));
        Device client = e.byMac(mac.group(1)).orElseThrow();
        assertEquals(oui.group(1), client.vendor().orElseThrow());
        assertTrue(client.ips().contains("192.168.0.10"), client.ips().toString());
    }

    @Test
    void windowsVendorClassAndOption55IdentifyAWindowsComputer() throws Exception {
        Recorder r = new Recorder();
        InventoryEngine e = Recorder.feed(r, id, Tshark.shared("pcap/suricata-verify/dhcp-eve-extended-option-60__input.pcap"));
        Device pc = e.byMac("28:cf:da:dc:8d:76").orElseThrow();
        assertEquals(DeviceType.COMPUTER, pc.type());
        assertTrue(pc.os().orElseThrow().contains("Windows"), pc.os().toString());
        assertTrue(pc.names().contains("NicksMacBook"));
        assertTrue(pc.evidence().stream().anyMatch(ev -> ev.source().equals("dhcp-fingerprint")), pc.evidence().toString());
    }

    @Test
    void androidUserAgentOverWifiIdentifiesAnLgPhone() throws Exception {
        Recorder r = new Recorder();
        InventoryEngine e = Recorder.feed(r, id, Tshark.shared("pcap/arkime/80211http.pcap"));
        Device phone = e.byMac("f8:a9:d0:1e:90:a3").orElseThrow();
        assertEquals(DeviceType.PHONE, phone.type());
        assertEquals("Android", phone.os().orElseThrow());
        assertEquals("LG", phone.vendor().orElseThrow());
        assertTrue(phone.evidence().stream().anyMatch(ev -> ev.source().equals("http-ua")), phone.evidence().toString());
        assertTrue(phone.model().isEmpty(), "an OS version is no model: " + phone.model());
    }

    @Test
    void ssdpNotifyFromMiniupnpdMarksTheRouter() throws Exception {
        Recorder r = new Recorder();
        InventoryEngine e = Recorder.feed(r, id, Tshark.shared("pcap/suricata-verify/sip-ssdp-pm__ssdp.pcap"));
        Device router = e.byIp("192.168.1.1").orElseThrow();
        assertEquals(DeviceType.ROUTER, router.type());
        assertFalse(router.evidence().isEmpty());
    }
}
