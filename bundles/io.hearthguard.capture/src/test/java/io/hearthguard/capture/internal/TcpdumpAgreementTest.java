package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.NeighborMessage;
import io.hearthguard.api.traffic.SsdpMessage;
import io.hearthguard.capture.internal.analyze.Analyzer;

/** DHCP parameter lists and host names, DHCPv6 and neighbour discovery against tcpdump's expected decodes. */
class TcpdumpAgreementTest {
    private static final Pattern PRL = Pattern.compile("^(\\s+)Parameter-Request \\(55\\), length (\\d+):");
    private static final Pattern CODE = Pattern.compile("\\((\\d+)\\)");
    private static final Pattern HOST = Pattern.compile("Hostname \\(12\\), length \\d+: \"([^\"]*)\"");

    @Test
    void dhcpParameterRequestListsAndHostnamesEqualTcpdumps() throws IOException {
        int lists = 0;
        for (String row : Files.readAllLines(Shared.data().resolve("MANIFEST.tsv"))) {
            String[] c = row.split("\t");
            if (c.length < 7 || !c[0].startsWith("pcap/tcpdump/dhcp-") || !c[6].contains("-> expected/")) {
                continue;
            }
            Path expected = Shared.data().resolve("pcap/tcpdump").resolve(c[6].substring(c[6].indexOf("-> ") + 3).trim());
            List<List<Integer>> theirLists = new ArrayList<>();
            List<String> theirHosts = new ArrayList<>();
            List<String> lines = Files.readAllLines(expected);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = PRL.matcher(lines.get(i));
                if (m.find()) {
                    int indent = m.group(1).length();
                    List<Integer> codes = new ArrayList<>();
                    for (int j = i + 1; j < lines.size() && lines.get(j).length() - lines.get(j).stripLeading().length() > indent; j++) {
                        Matcher cm = CODE.matcher(lines.get(j));
                        while (cm.find()) {
                            codes.add(Integer.parseInt(cm.group(1)));
                        }
                    }
                    assertEquals(Integer.parseInt(m.group(2)), codes.size(), expected + " line " + i);
                    theirLists.add(codes);
                }
                Matcher hm = HOST.matcher(lines.get(i));
                if (hm.find()) {
                    theirHosts.add(hm.group(1));
                }
            }
            Analyzer.Result r = Shared.analyze(Shared.data().resolve(c[0]));
            List<List<Integer>> ours = new ArrayList<>();
            List<String> hosts = new ArrayList<>();
            for (var m : r.metadata) {
                if (m instanceof DhcpMessage d && d.version() == 4) {
                    if (d.optionCodes().contains(55)) {
                        ours.add(d.parameterRequestList());
                    }
                    d.hostname().ifPresent(hosts::add);
                }
            }
            assertEquals(theirLists, ours, c[0]);
            assertTrue(hosts.containsAll(theirHosts), c[0] + ": " + hosts + " vs " + theirHosts);
            lists += ours.size();
        }
        assertTrue(lists >= 5, "parameter lists compared: " + lists);
    }

    @Test
    void dhcpv6SolicitToReplyMatchesTcpdumpsDecode() throws IOException {
        Analyzer.Result r = Shared.analyze(Shared.pcap("tcpdump/dhcpv6-ia-na.pcap"));
        List<DhcpMessage> m = r.metadata.stream().filter(DhcpMessage.class::isInstance).map(DhcpMessage.class::cast).toList();
        assertEquals(List.of(1, 2, 3, 7), m.stream().map(DhcpMessage::messageType).toList());
        assertEquals(0x90b45cL, m.get(0).transactionId());
        assertEquals("00:01:02:03:04:05", m.get(0).clientMac());
        assertEquals(List.of(23, 24), m.get(0).parameterRequestList());
        for (int i = 1; i < 4; i++) {
            assertEquals("2a00:1:1:200:38e6:b22e:c440:acdf", m.get(i).assignedIp().orElseThrow());
            assertEquals("00:01:02:03:04:05", m.get(i).clientMac());
        }
    }

    @Test
    void neighbourDiscoveryAndArpAreReported() throws IOException {
        Analyzer.Result nd = Shared.analyze(Shared.pcap("zeek/icmp_nd_dnssl.pcap"));
        // as tcpdump decodes it: "201:400:102:831:: > 201:400:102:832::: ICMP6, router advertisement"
        assertTrue(nd.metadata.stream().anyMatch(x -> x instanceof NeighborMessage n && n.operation() == NeighborMessage.Operation.ROUTER_ADVERT
                && n.senderIp().equals("201:400:102:831::")), nd.metadata.toString());
        Analyzer.Result v6 = Shared.analyze(Shared.pcap("arkime/v6.pcap"));
        assertTrue(v6.metadata.stream().anyMatch(x -> x instanceof NeighborMessage n
                && (n.operation() == NeighborMessage.Operation.NEIGHBOR_SOLICIT || n.operation() == NeighborMessage.Operation.NEIGHBOR_ADVERT)
                && n.senderMac().matches("([0-9a-f]{2}:){5}[0-9a-f]{2}") && n.targetIp().contains(":")));
        Analyzer.Result arp = Shared.analyze(Shared.pcap("zeek/arp-who-has.pcap"));
        assertTrue(arp.metadata.stream().anyMatch(x -> x instanceof NeighborMessage n && n.operation() == NeighborMessage.Operation.ARP_REQUEST
                && n.senderIp().matches("[0-9.]+") && !n.targetIp().isEmpty()));
    }

    @Test
    void ssdpNotifyAndSearchCarryTheirHeaders() throws IOException {
        Analyzer.Result r = Shared.analyze(Shared.pcap("suricata-verify/sip-ssdp-pm__ssdp.pcap"));
        List<SsdpMessage> s = r.metadata.stream().filter(SsdpMessage.class::isInstance).map(SsdpMessage.class::cast).toList();
        assertTrue(!s.isEmpty());
        for (SsdpMessage m : s) {
            assertTrue(m.kind() != SsdpMessage.Kind.OTHER, m.toString());
            assertTrue(m.target().isPresent(), m.toString());
        }
    }
}
