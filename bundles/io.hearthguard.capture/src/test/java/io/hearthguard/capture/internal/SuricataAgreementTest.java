package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.capture.internal.analyze.Analyzer;

/**
 * Replays Suricata's own verification checks (suricata-verify test.yaml "filter" blocks
 * for dns, tls and dhcp events) against capture's records: every field capture also
 * extracts (DNS id, query name, A/AAAA/CNAME/PTR answers; TLS SNI, JA3, JA3 hash, JA4;
 * DHCP id, client MAC, hostname, parameter list, assigned IP) must match one record.
 */
class SuricataAgreementTest {

    record Check(String file, String event, Map<String, String> match) {
    }

    static List<Check> checks(Path yaml, String pcap) throws IOException {
        List<Check> out = new ArrayList<>();
        Map<String, String> cur = null;
        int count = 1;
        for (String raw : Files.readAllLines(yaml)) {
            String line = raw.trim();
            if (line.startsWith("- filter:")) {
                if (cur != null && count > 0) {
                    out.add(new Check(pcap, cur.getOrDefault("event_type", ""), cur));
                }
                cur = new LinkedHashMap<>();
                count = 1;
            } else if (cur != null && line.startsWith("count:")) {
                count = Integer.parseInt(line.substring(6).trim());
            } else if (cur != null && line.matches("[A-Za-z0-9_.\\[\\]]+ ?: .+")) {
                int c = line.indexOf(':');
                String v = line.substring(c + 1).trim();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                cur.put(line.substring(0, c).trim(), v.replace("\\u0000", ""));
            } else if (line.startsWith("- ") && !line.startsWith("- filter")) {
                if (cur != null && count > 0) {
                    out.add(new Check(pcap, cur.getOrDefault("event_type", ""), cur));
                }
                cur = null;
            }
        }
        if (cur != null && count > 0) {
            out.add(new Check(pcap, cur.getOrDefault("event_type", ""), cur));
        }
        return out;
    }

    /** @return empty when the check has no field capture extracts, else whether a record satisfies it */
    static Optional<Boolean> evaluate(Check c, List<TrafficMetadata> ours) {
        Map<String, String> m = c.match();
        boolean any = false;
        switch (c.event()) {
            case "dns": {
                for (String k : m.keySet()) {
                    any |= k.equals("dns.id") || k.equals("dns.queries[0].rrname") || answerKey(k, m);
                }
                if (!any) {
                    return Optional.empty();
                }
                for (TrafficMetadata t : ours) {
                    if (t instanceof DnsMessage d && dnsMatches(d, m)) {
                        return Optional.of(true);
                    }
                }
                return Optional.of(false);
            }
            case "tls": {
                for (String k : m.keySet()) {
                    any |= k.equals("tls.sni") || k.equals("tls.ja3.string") || k.equals("tls.ja3.hash") || k.equals("tls.ja4");
                }
                if (!any) {
                    return Optional.empty();
                }
                for (TrafficMetadata t : ours) {
                    if (t instanceof TlsClientHello h
                            && eq(m, "tls.sni", h.sni().orElse(null)) && eq(m, "tls.ja3.string", h.ja3())
                            && eq(m, "tls.ja3.hash", h.ja3Hash()) && eq(m, "tls.ja4", h.ja4())) {
                        return Optional.of(true);
                    }
                }
                return Optional.of(false);
            }
            case "quic": {
                if (!m.containsKey("quic.ja4") && !m.containsKey("quic.sni")) {
                    return Optional.empty();
                }
                for (TrafficMetadata t : ours) {
                    if (t instanceof TlsClientHello h && h.ja4().startsWith("q") && eq(m, "quic.sni", h.sni().orElse(null))
                            && eq(m, "quic.ja4", h.ja4())) {
                        return Optional.of(true);
                    }
                }
                return Optional.of(false);
            }
            case "dhcp": {
                for (TrafficMetadata t : ours) {
                    if (t instanceof DhcpMessage d && eq(m, "dhcp.id", Long.toString(d.transactionId()))
                            && eq(m, "dhcp.client_mac", d.clientMac()) && eq(m, "dhcp.hostname", d.hostname().orElse(null))
                            && paramsInOrder(m, d.parameterRequestList())
                            && (!m.containsKey("dhcp.assigned_ip") || m.get("dhcp.assigned_ip").equals(d.assignedIp().orElse("0.0.0.0")))) {
                        return Optional.of(true);
                    }
                }
                return Optional.of(false);
            }
            default:
                return Optional.empty();
        }
    }

    private static final Map<String, Integer> PARAM_CODES = Map.of("subnet_mask", 1, "router", 3, "dns_server", 6,
            "domain", 15, "hostname", 12, "ntp_server", 42, "broadcast_address", 28, "static_route", 33, "classless_static_route", 121);

    /** Suricata lists only parameters it names: those must appear in our list, in the same order. */
    private static boolean paramsInOrder(Map<String, String> m, List<Integer> ours) {
        int from = 0;
        for (int i = 0; m.containsKey("dhcp.params[" + i + "]"); i++) {
            Integer code = PARAM_CODES.get(m.get("dhcp.params[" + i + "]"));
            if (code == null) {
                continue;
            }
            int at = ours.subList(from, ours.size()).indexOf(code);
            if (at < 0) {
                return false;
            }
            from += at + 1;
        }
        return true;
    }

    private static boolean answerKey(String k, Map<String, String> m) {
        if (!k.matches("dns\\.answers\\[\\d+\\]\\.rdata")) {
            return false;
        }
        String type = m.get(k.replace("rdata", "rrtype"));
        return type != null && List.of("A", "AAAA", "CNAME", "PTR", "NS").contains(type) && !m.get(k).isEmpty();
    }

    private static boolean dnsMatches(DnsMessage d, Map<String, String> m) {
        if (!eq(m, "dns.id", Integer.toString(d.transactionId()))) {
            return false;
        }
        String q = m.get("dns.queries[0].rrname");
        if (q != null && (d.questions().isEmpty() || !d.questions().get(0).name().equalsIgnoreCase(q))) {
            return false;
        }
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (answerKey(e.getKey(), m)) {
                String want = e.getValue().toLowerCase(Locale.ROOT);
                if (d.answers().stream().noneMatch(a -> a.data().equalsIgnoreCase(want))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean eq(Map<String, String> m, String key, String ours) {
        String want = m.get(key);
        return want == null || (ours != null && want.equalsIgnoreCase(ours));
    }

    @Test
    void dnsTlsAndDhcpFieldsAgreeWithSuricataVerifyOnAtLeast95Percent() throws IOException {
        Path dir = Shared.data().resolve("pcap/suricata-verify");
        int total = 0;
        int agree = 0;
        List<String> misses = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("expected"))) {
            for (Path yaml : s.filter(p -> p.toString().endsWith(".test.yaml")).sorted().toList()) {
                String name = yaml.getFileName().toString().replace(".test.yaml", "");
                List<Path> pcaps;
                try (Stream<Path> ps = Files.list(dir)) {
                    pcaps = ps.filter(p -> p.getFileName().toString().startsWith(name + "__")).toList();
                }
                if (pcaps.size() != 1) {
                    continue;
                }
                List<Check> checks = checks(yaml, pcaps.get(0).getFileName().toString());
                if (checks.stream().noneMatch(c -> List.of("dns", "tls", "dhcp", "quic").contains(c.event()))) {
                    continue;
                }
                Analyzer.Result r = Shared.analyze(pcaps.get(0));
                for (Check c : checks) {
                    Optional<Boolean> ok = evaluate(c, r.metadata);
                    if (ok.isEmpty()) {
                        continue;
                    }
                    total++;
                    if (ok.get()) {
                        agree++;
                    } else {
                        misses.add(c.file() + " " + c.match());
                    }
                }
            }
        }
        System.out.println("Suricata-verify agreement: " + agree + "/" + total);
        misses.forEach(x -> System.out.println("  differs: " + x));
        assertTrue(total >= 20, "checks compared: " + total);
        assertTrue(agree >= 0.95 * total, "agreement " + agree + "/" + total);
    }
}
