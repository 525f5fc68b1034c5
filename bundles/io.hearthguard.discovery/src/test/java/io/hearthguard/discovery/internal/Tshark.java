package io.hearthguard.discovery.internal;

import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Assumptions;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.NeighborMessage;
import io.hearthguard.api.traffic.SsdpMessage;
import io.hearthguard.api.traffic.TrafficMetadata;

/**
 * Test-only: asks tshark (Wireshark's dissectors, not ours) for the fields of a real capture
 * and builds capture's API records from them, so identification is tested on real facts.
 * Tests are skipped when tshark or the shared data set is absent.
 */
final class Tshark {
    static final String FILTER = "dhcp or dns or mdns or arp or tls.handshake.type == 1 or http.request or ssdp or icmpv6.type == 134";

    private Tshark() {
    }

    /** @return the shared data folder, skipping the test when absent */
    static Path shared(String relative) {
        String base = System.getProperty("hearthguard.shared");
        Assumptions.assumeTrue(base != null && Files.isDirectory(Path.of(base)), "shared data set not present");
        Path p = Path.of(base, "data").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), p + " not present");
        return p;
    }

    static String binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, "tshark");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /** @return the records of the capture's discovery-relevant packets, in capture order */
    static List<TrafficMetadata> records(Path pcap) throws Exception {
        String tshark = binary();
        Assumptions.assumeTrue(tshark != null, "tshark not installed (apt-get install tshark)");
        Path out = Files.createTempFile("pdml", ".xml");
        try {
            Process p = new ProcessBuilder(tshark, "-n", "-r", pcap.toString(), "-Y", FILTER, "-T", "pdml")
                    .redirectErrorStream(false).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("tshark took longer than 60 s on " + pcap);
            }
            List<List<String[]>> packets = new ArrayList<>();
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try (InputStream in = Files.newInputStream(out)) {
                f.newSAXParser().parse(in, new DefaultHandler() {
                    List<String[]> cur;

                    @Override
                    public void startElement(String uri, String local, String q, Attributes a) {
                        if (q.equals("packet")) {
                            cur = new ArrayList<>();
                            packets.add(cur);
                        } else if (cur != null && (q.equals("field") || q.equals("proto"))) {
                            String name = a.getValue("name");
                            String show = a.getValue("show");
                            cur.add(new String[] {q.equals("proto") ? "proto:" + name : name, show == null ? "" : show});
                        }
                    }
                });
            }
            List<TrafficMetadata> records = new ArrayList<>();
            for (List<String[]> fields : packets) {
                TrafficMetadata r = convert(fields);
                if (r != null) {
                    records.add(r);
                }
            }
            return records;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String first(List<String[]> fs, String name) {
        for (String[] f : fs) {
            if (f[0].equals(name)) {
                return f[1];
            }
        }
        return null;
    }

    private static List<String> all(List<String[]> fs, String name) {
        List<String> out = new ArrayList<>();
        for (String[] f : fs) {
            if (f[0].equals(name)) {
                out.add(f[1]);
            }
        }
        return out;
    }

    private static boolean has(List<String[]> fs, String proto) {
        return first(fs, "proto:" + proto) != null;
    }

    private static int num(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        return s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
    }

    private static TrafficMetadata convert(List<String[]> fs) {
        BigDecimal epoch = new BigDecimal(first(fs, "frame.time_epoch"));
        Instant t = Instant.ofEpochSecond(epoch.longValue(), epoch.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        long src = Macs.parse(Optional.ofNullable(first(fs, "eth.src")).orElse(first(fs, "wlan.sa")));
        long dst = Macs.parse(Optional.ofNullable(first(fs, "eth.dst")).orElse(first(fs, "wlan.da")));
        String srcIp = Optional.ofNullable(first(fs, "ip.src")).orElse(Optional.ofNullable(first(fs, "ipv6.src")).orElse(""));
        String dstIp = Optional.ofNullable(first(fs, "ip.dst")).orElse(Optional.ofNullable(first(fs, "ipv6.dst")).orElse(""));
        int sport = num(Optional.ofNullable(first(fs, "udp.srcport")).orElse(first(fs, "tcp.srcport")));
        int dport = num(Optional.ofNullable(first(fs, "udp.dstport")).orElse(first(fs, "tcp.dstport")));
        if (has(fs, "dhcp")) {
            String clientId = null;
            for (int i = 0; i < fs.size(); i++) {
                if (fs.get(i)[0].equals("dhcp.option.type") && fs.get(i)[1].equals("61")) {
                    for (int j = i + 1; j < fs.size() && j < i + 4; j++) {
                        if (fs.get(j)[0].equals("dhcp.option.value")) {
                            clientId = fs.get(j)[1].replace(":", "");
                            break;
                        }
                    }
                }
            }
            String your = first(fs, "dhcp.ip.your");
            return new Records.Dhcp(t, src, dst, srcIp, dstIp, sport, dport, 4, num(first(fs, "dhcp.option.dhcp")),
                    Optional.ofNullable(first(fs, "dhcp.hw.mac_addr")).orElse(""),
                    Optional.ofNullable(first(fs, "dhcp.option.hostname")), Optional.ofNullable(clientId),
                    Optional.ofNullable(first(fs, "dhcp.option.vendor_class_id")),
                    all(fs, "dhcp.option.request_list_item").stream().map(Integer::valueOf).toList(),
                    Optional.ofNullable(first(fs, "dhcp.option.requested_ip_address")),
                    your == null || your.equals("0.0.0.0") ? Optional.empty() : Optional.of(your));
        }
        if (has(fs, "dns") || has(fs, "mdns")) {
            List<DnsMessage.Question> qs = new ArrayList<>();
            List<DnsMessage.Answer> as = new ArrayList<>();
            String name = null;
            int type = 0;
            String data = "";
            List<String> txt = new ArrayList<>();
            for (String[] f : fs) {
                switch (f[0]) {
                    case "dns.qry.name" -> qs.add(new DnsMessage.Question(f[1].toLowerCase(Locale.ROOT), 1, 1));
                    case "dns.resp.name" -> {
                        if (name != null) {
                            as.add(new DnsMessage.Answer(1, name, type, 1, 120, data, List.copyOf(txt)));
                        }
                        name = f[1];
                        type = 0;
                        data = "";
                        txt.clear();
                    }
                    case "dns.resp.type" -> type = num(f[1]);
                    case "dns.a", "dns.aaaa", "dns.ptr.domain_name", "dns.cname" -> data = f[1];
                    case "dns.srv.target" -> data = "0 0 0 " + f[1];
                    case "dns.txt" -> txt.add(f[1]);
                    default -> { }
                }
            }
            if (name != null) {
                as.add(new DnsMessage.Answer(1, name, type, 1, 120, data, List.copyOf(txt)));
            }
            return new Records.Dns(t, src, dst, srcIp, dstIp, sport, dport, has(fs, "mdns"),
                    "1".equals(first(fs, "dns.flags.response")), qs, as);
        }
        if (has(fs, "arp")) {
            int op = num(first(fs, "arp.opcode"));
            return new Records.Neighbor(t, src, dst,
                    op == 1 ? NeighborMessage.Operation.ARP_REQUEST : op == 2 ? NeighborMessage.Operation.ARP_REPLY
                            : NeighborMessage.Operation.OTHER,
                    first(fs, "arp.src.hw_mac"), first(fs, "arp.src.proto_ipv4"), first(fs, "arp.dst.hw_mac"),
                    first(fs, "arp.dst.proto_ipv4"));
        }
        if (has(fs, "icmpv6") && "134".equals(first(fs, "icmpv6.type"))) {
            return new Records.Neighbor(t, src, dst, NeighborMessage.Operation.ROUTER_ADVERT,
                    Optional.ofNullable(first(fs, "icmpv6.opt.linkaddr")).orElse(first(fs, "eth.src")), srcIp, "", "");
        }
        if (has(fs, "tls") && first(fs, "tls.handshake.extensions_server_name") != null) {
            return new Records.Tls(t, src, dst, srcIp, dstIp, sport, dport,
                    Optional.of(first(fs, "tls.handshake.extensions_server_name").toLowerCase(Locale.ROOT)));
        }
        if (has(fs, "ssdp")) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : all(fs, "http.unknown_header")) {
                int c = h.indexOf(':');
                if (c > 0) {
                    headers.put(h.substring(0, c).strip().toUpperCase(Locale.ROOT), h.substring(c + 1).strip());
                }
            }
            String method = first(fs, "http.request.method");
            SsdpMessage.Kind kind = "NOTIFY".equals(method) ? SsdpMessage.Kind.NOTIFY
                    : "M-SEARCH".equals(method) ? SsdpMessage.Kind.M_SEARCH : SsdpMessage.Kind.RESPONSE;
            String target = headers.containsKey("NT") ? headers.get("NT") : headers.get("ST");
            return new Records.Ssdp(t, src, dst, srcIp, dstIp, sport, dport, kind, Optional.ofNullable(first(fs, "http.location")),
                    Optional.ofNullable(first(fs, "http.server")), Optional.ofNullable(headers.get("USN")),
                    Optional.ofNullable(target), Optional.ofNullable(headers.get("NTS")), headers);
        }
        if (has(fs, "http") && first(fs, "http.request.method") != null) {
            return new Records.Http(t, src, dst, srcIp, dstIp, sport, dport, first(fs, "http.request.method"),
                    Optional.ofNullable(first(fs, "http.request.uri")).orElse(""), Optional.ofNullable(first(fs, "http.host")),
                    Optional.ofNullable(first(fs, "http.user_agent")));
        }
        return null;
    }
}
