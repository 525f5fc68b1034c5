package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.capture.internal.analyze.Analyzer;

/**
 * Compares capture's DNS, DHCP, TLS and flow output with Zeek's own baselines on Zeek's
 * test traces. Differences that remain are explained in docs/capture.md.
 */
class ZeekAgreementTest {

    private static final String[][] DNS = {
        {"dns53.pcap", "scripts.base.protocols.dns.flip__dns.log.txt"},
        {"dns-txt-multiple.pcap", "scripts.base.protocols.dns.multiple-txt-strings__dns.log.txt"},
        {"dns-two-responses.pcap", "scripts.base.protocols.dns.duplicate-reponses__dns.log.txt"},
        {"dns-zero-RRs.pcap", "scripts.base.protocols.dns.zero-responses__dns.log.txt"},
        {"dns__mdns-no-assoc.pcap", "scripts.base.protocols.dns.mdns-no-assoc__dns.log.txt"},
        {"dns__loc-29-trunc.pcap", "scripts.base.protocols.dns.loc__dns.log.txt"},
        {"dns__sshfp-trunc.pcap", "scripts.base.protocols.dns.sshfp__dns.log.txt"},
        {"ipv6-fragmented-dns.pcap", "core.ipv6-frag__dns.log.txt"},
    };

    private static final String[][] DHCP = {
        {"dhcp__dhcp.pcap", "scripts.base.protocols.dhcp.dhcp-all-msg-types__dhcp.log.txt"},
        {"dhcp__dhcp_ack_subscriber_id_and_agent_remote_id.pcap", "scripts.base.protocols.dhcp.dhcp-ack-msg-types__dhcp.log.txt"},
        {"dhcp__dhcp_discover_param_req_and_client_id.pcap", "scripts.base.protocols.dhcp.dhcp-discover-msg-types__dhcp.log.txt"},
        {"dhcp__dhcp_inform.pcap", "scripts.base.protocols.dhcp.inform__dhcp.log.txt"},
        {"dhcp__dhcp_flood.pcap", "scripts.base.protocols.dhcp.dhcp-prevent-large-msgtypes__dhcp.log.txt"},
    };

    private static final String[][] SSL = {
        {"tls__tls1.2.pcap", "scripts.base.protocols.ssl.tls-1.2__ssl.log.txt"},
        {"tls__tls13-ech.pcap", "scripts.base.protocols.ssl.tls13-encrypted-client-hello__ssl.log.txt"},
        {"tls__tls-conn-with-extensions.pcap", "scripts.base.protocols.ssl.basic__ssl.log.txt"},
        {"tls__ecdsa-cert.pcap", "scripts.base.protocols.ssl.ecdsa__ssl.log.txt"},
        {"tls__tls13_wolfssl.pcap", "scripts.base.protocols.ssl.tls13_encrypted_handshake_events__ssl.log.txt"},
        {"tls__ocsp-stapling.pcap", "scripts.policy.protocols.ssl.validate-ocsp__ssl.log.txt"},
        // QUIC: the ClientHello is decrypted from the client's Initial packets
        {"quic__chromium-115.0.5790.110-api-cirrus-com.pcap", "scripts.base.protocols.quic.chromium__ssl.log.txt"},
        {"quic__curl-8.1.2-dev-http3-www-google-de.pcap", "scripts.base.protocols.quic.curl-http3__ssl.log.txt"},
        {"quic__quicdoq.pcap", "scripts.base.protocols.quic.quicdoq__ssl.log.txt"},
        {"quic__quicv2-http3-443.pcap", "scripts.base.protocols.quic.quicv2-http3-443__ssl.log.txt"},
    };

    private static final String[][] CONN = {
        {"q-in-q.pcap", "core.q-in-q__conn.log.txt"},
        {"pcapng-multi-interface.pcapng", "core.pcapng-pktsrc__conn.log.txt"},
        {"dhcp__dhcp.pcap", "scripts.base.protocols.dhcp.dhcp-all-msg-types__conn.log.txt"},
        {"dns__dns-corrupt.pcap", "core.udp-corrupt__conn.log.txt"},
        {"dns__max-compression-depth.pcap", "scripts.base.protocols.dns.max-compression-depth__conn.log.txt"},
    };

    private static boolean isIp(String s) {
        return s.matches("[0-9]+(\\.[0-9]+){3}") || (s.contains(":") && s.matches("[0-9a-f:.]+"));
    }

    @Test
    void dnsQueriesAndAnswersAgreeWithZeekOnAtLeast95Percent() throws IOException {
        int rows = 0;
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (String[] c : DNS) {
            Analyzer.Result r = Shared.analyze(Shared.pcap("zeek/" + c[0]));
            List<DnsMessage> ours = r.metadata.stream().filter(DnsMessage.class::isInstance).map(DnsMessage.class::cast).toList();
            for (Map<String, String> z : Shared.zeekLog(c[1])) {
                String q = z.get("query");
                if (q == null || q.equals("-")) {
                    continue;
                }
                rows++;
                int id = Integer.parseInt(z.get("trans_id"));
                Set<String> zAnswers = new HashSet<>();
                if (!z.get("answers").equals("-")) {
                    for (String a : z.get("answers").split(",")) {
                        if (isIp(a) || a.matches("[a-z0-9.-]+")) {
                            zAnswers.add(a.toLowerCase(Locale.ROOT));
                        }
                    }
                }
                boolean ok = false;
                for (DnsMessage m : ours) {
                    // Zeek logs an answer-only mDNS response under the answer's name
                    boolean named = m.questions().stream().anyMatch(x -> x.name().equalsIgnoreCase(q))
                            || (m.questions().isEmpty() && m.answers().stream().anyMatch(x -> x.name().equalsIgnoreCase(q)));
                    if (m.transactionId() != id || !named) {
                        continue;
                    }
                    Set<String> data = new HashSet<>();
                    m.answers().forEach(a -> data.add(a.data().toLowerCase(Locale.ROOT)));
                    if (data.containsAll(zAnswers)) {
                        ok = true;
                        break;
                    }
                }
                if (ok) {
                    agree++;
                } else {
                    misses.add(c[0] + ": " + q + " " + zAnswers);
                }
            }
        }
        System.out.println("DNS agreement with Zeek: " + agree + "/" + rows + " rows; differences: " + misses);
        assertTrue(rows >= 10, "too few Zeek rows compared: " + rows);
        assertTrue(agree >= 0.95 * rows, "DNS agreement " + agree + "/" + rows + ": " + misses);
    }

    private static final String[] DHCP_TYPES = {"", "DISCOVER", "OFFER", "REQUEST", "DECLINE", "ACK", "NAK", "RELEASE", "INFORM"};

    @Test
    void dhcpHostnamesAndMessageTypesAgreeWithZeek() throws IOException {
        int rows = 0;
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (String[] c : DHCP) {
            Analyzer.Result r = Shared.analyze(Shared.pcap("zeek/" + c[0]));
            List<DhcpMessage> ours = r.metadata.stream().filter(DhcpMessage.class::isInstance).map(DhcpMessage.class::cast).toList();
            for (Map<String, String> z : Shared.zeekLog(c[1])) {
                rows++;
                String mac = z.get("mac");
                Set<String> types = new HashSet<>();
                Set<String> hosts = new HashSet<>();
                for (DhcpMessage m : ours) {
                    if (m.clientMac().equals(mac)) {
                        if (m.messageType() > 0 && m.messageType() < DHCP_TYPES.length) {
                            types.add(DHCP_TYPES[m.messageType()]);
                        }
                        m.hostname().ifPresent(hosts::add);
                    }
                }
                boolean ok = types.containsAll(List.of(z.get("msg_types").split(",")))
                        && (z.get("host_name").equals("-") || hosts.contains(z.get("host_name")));
                if (ok) {
                    agree++;
                } else {
                    misses.add(c[0] + ": " + mac + " " + z.get("host_name") + " " + z.get("msg_types") + " vs " + hosts + " " + types);
                }
            }
        }
        System.out.println("DHCP agreement with Zeek: " + agree + "/" + rows + "; differences: " + misses);
        assertTrue(rows >= 5);
        assertTrue(agree >= 0.95 * rows, "DHCP agreement " + agree + "/" + rows + ": " + misses);
    }

    @Test
    void tlsServerNamesAgreeWithZeek() throws IOException {
        int rows = 0;
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (String[] c : SSL) {
            Analyzer.Result r = Shared.analyze(Shared.pcap("zeek/" + c[0]));
            for (Map<String, String> z : Shared.zeekLog(c[1])) {
                rows++;
                String zs = z.get("server_name").equals("-") ? "" : z.get("server_name");
                int port = Integer.parseInt(z.get("id.orig_p"));
                String ours = null;
                for (var m : r.metadata) {
                    if (m instanceof TlsClientHello t && m.srcIp().equals(z.get("id.orig_h")) && m.srcPort() == port) {
                        ours = t.sni().orElse("");
                    }
                }
                if (zs.equals(ours)) {
                    agree++;
                } else {
                    misses.add(c[0] + ": zeek '" + zs + "' ours '" + ours + "'");
                }
            }
        }
        System.out.println("TLS SNI agreement with Zeek: " + agree + "/" + rows + "; differences: " + misses);
        assertTrue(rows >= 5);
        assertTrue(agree >= 0.95 * rows, "SNI agreement " + agree + "/" + rows + ": " + misses);
    }

    @Test
    void flowsAndTheirPacketCountsAgreeWithZeekConnLog() throws IOException {
        int rows = 0;
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (String[] c : CONN) {
            Analyzer.Result r = Shared.analyze(Shared.pcap("zeek/" + c[0]));
            List<Map<String, String>> zeek = Shared.zeekLog(c[1]);
            for (Map<String, String> z : zeek) {
                rows++;
                boolean ok = false;
                for (FlowRecord f : r.endedFlows) {
                    boolean same = f.initiatorIp().equals(z.get("id.orig_h")) && f.responderIp().equals(z.get("id.resp_h"))
                            && (f.protocol() == 1 || f.protocol() == 58
                                    || (f.initiatorPort() == Integer.parseInt(z.get("id.orig_p")) && f.responderPort() == Integer.parseInt(z.get("id.resp_p"))));
                    if (same && f.origPackets() == Long.parseLong(z.get("orig_pkts")) && f.respPackets() == Long.parseLong(z.get("resp_pkts"))
                            && f.origBytes() == Long.parseLong(z.get("orig_ip_bytes")) && f.respBytes() == Long.parseLong(z.get("resp_ip_bytes"))) {
                        ok = true;
                    }
                }
                if (ok) {
                    agree++;
                } else {
                    misses.add(c[0] + ": " + z.get("id.orig_h") + ":" + z.get("id.orig_p") + " > " + z.get("id.resp_h") + ":" + z.get("id.resp_p")
                            + " pkts " + z.get("orig_pkts") + "/" + z.get("resp_pkts"));
                }
            }
            if (!c[0].startsWith("dns__")) {
                assertEquals(zeek.size(), r.flows, c[0] + ": flow count");
            }
        }
        System.out.println("conn agreement with Zeek: " + agree + "/" + rows + "; differences: " + misses);
        assertTrue(rows >= 5);
        assertTrue(agree >= 0.95 * rows, "conn agreement " + agree + "/" + rows + ": " + misses);
    }
}
