package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.Evidence;

/** The crash, truncation and flood captures of other projects' test suites, as far as tshark decodes them. */
class MalformedCapturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"suricata-verify/dhcp-option-52-overload-both__input.pcap", "suricata-verify/dhcp-option-52-overload__input.pcap",
            "suricata-verify/dns__dns-invalid-opcode__input.pcap", "suricata-verify/dns__dns-truncated-rname__poc2.pcap",
            "tcpdump/arp-oobr.pcap", "tcpdump/dhcp6_reconf_asan.pcap", "tcpdump/dns-badcookie.pcap", "tcpdump/dns-badlabel.pcap",
            "tcpdump/dns-badvers.pcap", "tcpdump/hncp_dhcpv4data-oobr.pcap", "tcpdump/hncp_dhcpv6data-oobr.pcap",
            "zeek/dhcp__dhcp_bad_cookie_option_retention.pcap", "zeek/dhcp__dhcp_flood.pcap", "zeek/dns__dns-invalid-names.pcap",
            "zeek/dns__loc-29-trunc.pcap", "zeek/dns__sshfp-trunc.pcap", "zeek/dns__svcb-alpn-malformed-len-too-long.pcap"})
    void brokenAndFloodCapturesGiveSaneDevices(String file) throws Exception {
        Identifier id = Recorder.realIdentifier();
        var pcap = Tshark.shared("pcap/" + file);
        InventoryEngine e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Recorder.feed(new Recorder(), id, pcap));
        for (Device d : e.devices()) {
            assertTrue(Macs.unicast(Macs.parse(d.macs().get(0))), d.macs().toString());
            assertTrue(d.names().size() <= 16 && d.ips().size() <= InventoryEngine.MAX_IPS, d.toString());
            for (Evidence ev : d.evidence()) {
                assertTrue(ev.value().length() <= Text.MAX && ev.value().chars().noneMatch(c -> c < 0x20), ev.toString());
            }
            assertTrue(Findings.newDevice(d).summary().length() > 0);
        }
    }
}
