package io.hearthguard.protection.intrusion.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.api.traffic.TrafficMetadata;

/**
 * Port scans, brute force and cleartext logins from flows and HTTP metadata, free of OSGi;
 * called on the protection's worker thread only. Every table is bounded (least recently
 * used entries evicted) and per-event work is O(1).
 *
 * <ul>
 * <li>Port scan: one source touching at least {@code scanPorts} distinct ports of one host,
 * or (towards local hosts only) the same port on {@code scanHosts} distinct local hosts,
 * within {@code scanWindowSeconds}. Sources on the internet and local devices alike; sweeps
 * of internet hosts are not counted (clients legitimately reach many servers on 443).</li>
 * <li>Brute force: at least {@code bruteAttempts} short, small TCP connections from one
 * source to one login service (port in {@code loginPorts}) within
 * {@code bruteWindowSeconds}.</li>
 * <li>Cleartext credentials: an HTTP request with {@code Authorization: Basic}; a TCP
 * session with data both ways to FTP/Telnet/POP3/IMAP/SMTP-submission ports. Payloads are
 * not available to protections, so a session is reported as a cleartext login protocol in
 * use, not as a captured password (and SMTP STARTTLS cannot be told apart).</li>
 * </ul>
 */
public final class IntrusionDetector {

    static final String SCAN_VERTICAL = "intrusion.port-scan";
    static final String SCAN_SWEEP = "intrusion.host-sweep";
    static final String BRUTE = "intrusion.brute-force";
    static final String BASIC = "cleartext.http-basic";
    static final String LOGIN = "cleartext.login";

    private static final int MAX_SET = 512;

    /** Parameters, validated. */
    public record Settings(int scanPorts, int scanHosts, int scanWindowSeconds, int bruteAttempts, int bruteWindowSeconds,
            long bruteMaxBytes, int bruteMaxSeconds, Set<Integer> loginPorts, Map<Integer, String> cleartextPorts,
            int reportCooldownSeconds, int maxSources) {

        public Settings {
            loginPorts = Set.copyOf(loginPorts);
            cleartextPorts = Map.copyOf(cleartextPorts);
            if (scanPorts < 2 || scanPorts > MAX_SET || scanHosts < 2 || scanHosts > MAX_SET || scanWindowSeconds < 1
                    || bruteAttempts < 2 || bruteWindowSeconds < 1 || bruteMaxBytes < 0 || bruteMaxSeconds < 1
                    || reportCooldownSeconds < 0 || maxSources < 1) {
                throw new IllegalArgumentException("io.hearthguard.protection.intrusion: scanPorts/scanHosts must be 2.." + MAX_SET
                        + ", windows, bruteAttempts >= 2, maxSources >= 1");
            }
        }

        public static Settings defaults() {
            return new Settings(20, 16, 60, 20, 300, 6_000, 10,
                    Set.of(21, 22, 23, 25, 110, 143, 445, 587, 993, 995, 1433, 2323, 3306, 3389, 5432, 5900, 6379, 8291),
                    Map.of(21, "FTP", 23, "Telnet", 110, "POP3", 143, "IMAP", 587, "SMTP submission", 25, "SMTP"), 3600, 4096);
        }
    }

    private final Settings s;
    private final String source;
    private final Map<String, Scan> scans;
    private final Map<String, Brute> brutes;
    private final Map<String, Instant> reported;

    public IntrusionDetector(Settings settings, String source) {
        this.s = settings;
        this.source = source;
        this.scans = lru(settings.maxSources());
        this.brutes = lru(settings.maxSources());
        this.reported = lru(settings.maxSources() * 4);
    }

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> e) {
                return size() > max;
            }
        };
    }

    /** A flow snapshot involving {@code device} (either end). */
    public void flow(FlowRecord f, Device device, ProtectionContext ctx) {
        if (f.protocol() != 6 && f.protocol() != 17) {
            return;
        }
        String dst = f.responderIp();
        if (group(dst)) {
            return; // broadcast and multicast discovery is not scanning
        }
        boolean deviceIsResponder = device.ips().contains(dst);
        if (f.phase() == FlowRecord.Phase.STARTED) {
            scan(f, device, deviceIsResponder, ctx);
        }
        if (f.phase() == FlowRecord.Phase.ENDED && f.protocol() == 6) {
            brute(f, device, deviceIsResponder, ctx);
            cleartext(f, device, deviceIsResponder, ctx);
        }
    }

    /** A metadata record of {@code device}. */
    public void metadata(TrafficMetadata m, Device device, ProtectionContext ctx) {
        if (m instanceof HttpRequest r && r.basicAuth()) {
            String host = r.host().orElse(r.dstIp());
            String key = BASIC + "|" + r.srcIp() + "|" + host;
            if (!cooling(key, r.timestamp())) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("client", r.srcIp());
                ev.put("server", r.dstIp());
                ev.put("serverPort", r.dstPort());
                ev.put("host", host);
                ev.put("method", r.method());
                ev.put("uri", r.uri().length() > 256 ? r.uri().substring(0, 256) : r.uri());
                ev.put("limit", "the header's presence is seen; the credentials themselves are not kept");
                publish(ctx, BASIC, Categories.CLEARTEXT_CREDENTIALS, Severity.HIGH, device, r.timestamp(), r.timestamp(),
                        "HTTP Basic credentials sent in clear text from " + r.srcIp() + " to " + host + ":" + r.dstPort(), ev,
                        r.srcIp() + "->" + host);
            }
        }
    }

    private void scan(FlowRecord f, Device device, boolean deviceIsResponder, ProtectionContext ctx) {
        String src = f.initiatorIp();
        String dst = f.responderIp();
        Instant now = f.firstSeen();
        Scan sc = scans.get(src);
        if (sc == null || now.isAfter(sc.start.plusSeconds(s.scanWindowSeconds())) || now.isBefore(sc.start)) {
            sc = new Scan(now);
            scans.put(src, sc);
        }
        int port = f.responderPort();
        // vertical: ports of one host (the first host the source touched in this window, or the one it keeps hitting)
        if (!dst.equals(sc.portHost)) {
            if (sc.ports.size() < 3) {
                sc.portHost = dst;
                sc.ports.clear();
            }
        }
        if (dst.equals(sc.portHost) && sc.ports.size() < MAX_SET) {
            sc.ports.add(port);
        }
        if (local(dst)) {
            if (sc.sweepPort != port && sc.hosts.size() < 3) {
                sc.sweepPort = port;
                sc.hosts.clear();
            }
            if (sc.sweepPort == port && sc.hosts.size() < MAX_SET) {
                sc.hosts.add(dst);
            }
        }
        sc.end = now;
        if (sc.ports.size() >= s.scanPorts() && !sc.reportedPorts) {
            sc.reportedPorts = true;
            Map<String, Object> ev = base(src, sc);
            ev.put("target", sc.portHost);
            ev.put("distinctPorts", sc.ports.size());
            ev.put("portsSample", sc.ports.stream().sorted().limit(50).toList());
            report(ctx, SCAN_VERTICAL, device, sc, src, "probed " + sc.ports.size() + " ports of " + sc.portHost, ev,
                    src + "->" + sc.portHost, deviceIsResponder);
        }
        if (sc.hosts.size() >= s.scanHosts() && !sc.reportedHosts) {
            sc.reportedHosts = true;
            Map<String, Object> ev = base(src, sc);
            ev.put("port", sc.sweepPort);
            ev.put("distinctHosts", sc.hosts.size());
            ev.put("hostsSample", sc.hosts.stream().sorted().limit(50).toList());
            report(ctx, SCAN_SWEEP, device, sc, src, "swept " + sc.hosts.size() + " local hosts on port " + sc.sweepPort, ev,
                    src + "->*:" + sc.sweepPort, deviceIsResponder);
        }
    }

    private Map<String, Object> base(String src, Scan sc) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("source", src);
        ev.put("sourceIsLocal", local(src));
        ev.put("windowSeconds", s.scanWindowSeconds());
        ev.put("windowStart", sc.start.toString());
        return ev;
    }

    private void report(ProtectionContext ctx, String rule, Device device, Scan sc, String src, String what, Map<String, Object> ev,
            String key, boolean deviceIsResponder) {
        if (cooling(rule + "|" + key + "|" + device.id(), sc.end)) {
            return;
        }
        ev.put("deviceRole", deviceIsResponder ? "target" : "source");
        Severity sev = local(src) ? Severity.HIGH : Severity.MEDIUM; // inside the home is worse: a compromised device
        publish(ctx, rule, Categories.PORT_SCAN, sev, device, sc.start, sc.end, src + " " + what, ev, key);
    }

    private void brute(FlowRecord f, Device device, boolean deviceIsResponder, ProtectionContext ctx) {
        int port = f.responderPort();
        if (!s.loginPorts().contains(port)) {
            return;
        }
        long secs = f.lastSeen().getEpochSecond() - f.firstSeen().getEpochSecond();
        if (secs > s.bruteMaxSeconds() || f.origBytes() + f.respBytes() > s.bruteMaxBytes()) {
            return; // a real session, not an attempt
        }
        String key = f.initiatorIp() + "->" + f.responderIp() + ":" + port;
        Instant now = f.lastSeen();
        Brute b = brutes.get(key);
        if (b == null || now.isAfter(b.start.plusSeconds(s.bruteWindowSeconds())) || now.isBefore(b.start)) {
            b = new Brute(f.firstSeen());
            brutes.put(key, b);
        }
        if (b.flows.size() < MAX_SET) {
            b.flows.add(f.flowId()); // a flow between two covered devices arrives twice: count it once
        }
        if (f.tcpState() == TcpState.RESET || f.tcpState() == TcpState.SYN_SENT) {
            b.failed++;
        }
        b.end = now;
        if (b.flows.size() >= s.bruteAttempts() && !b.reported && !cooling(BRUTE + "|" + key + "|" + device.id(), now)) {
            b.reported = true;
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("source", f.initiatorIp());
            ev.put("sourceIsLocal", local(f.initiatorIp()));
            ev.put("target", f.responderIp());
            ev.put("port", port);
            ev.put("attempts", b.flows.size());
            ev.put("refusedOrReset", b.failed);
            ev.put("windowSeconds", s.bruteWindowSeconds());
            ev.put("deviceRole", deviceIsResponder ? "target" : "source");
            Severity sev = local(f.initiatorIp()) ? Severity.HIGH : Severity.MEDIUM;
            publish(ctx, BRUTE, Categories.BRUTE_FORCE, sev, device, b.start, b.end,
                    b.flows.size() + " short connections from " + f.initiatorIp() + " to the login service " + f.responderIp() + ":" + port,
                    ev, key);
        }
    }

    private void cleartext(FlowRecord f, Device device, boolean deviceIsResponder, ProtectionContext ctx) {
        String proto = s.cleartextPorts().get(f.responderPort());
        if (proto == null || f.origPackets() < 4 || f.respPackets() < 3 || f.origBytes() < 200 || f.respBytes() < 100) {
            return; // no session with data both ways: nothing could have been sent
        }
        String key = LOGIN + "|" + f.initiatorIp() + "->" + f.responderIp() + ":" + f.responderPort();
        if (cooling(key + "|" + device.id(), f.lastSeen())) {
            return;
        }
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("protocol", proto);
        ev.put("client", f.initiatorIp());
        ev.put("server", f.responderName().orElse(f.responderIp()));
        ev.put("serverIp", f.responderIp());
        ev.put("port", f.responderPort());
        ev.put("clientBytes", f.origBytes());
        ev.put("serverBytes", f.respBytes());
        ev.put("deviceRole", deviceIsResponder ? "server" : "client");
        ev.put("limit", "judged from port and session shape; payloads are not given to protections, so the login itself"
                + (f.responderPort() == 25 || f.responderPort() == 587 ? " and a STARTTLS upgrade" : "") + " cannot be confirmed");
        publish(ctx, LOGIN, Categories.CLEARTEXT_CREDENTIALS, Severity.MEDIUM, device, f.firstSeen(), f.lastSeen(),
                proto + " session in clear text from " + f.initiatorIp() + " to " + f.responderName().orElse(f.responderIp()) + ":"
                        + f.responderPort() + " (logins over it expose the password)",
                ev, f.initiatorIp() + "->" + f.responderIp() + ":" + f.responderPort());
    }

    private boolean cooling(String key, Instant now) {
        Instant last = reported.get(key);
        if (last != null && !now.isBefore(last) && now.isBefore(last.plusSeconds(s.reportCooldownSeconds()))) {
            return true;
        }
        reported.put(key, now);
        return false;
    }

    private void publish(ProtectionContext ctx, String rule, String category, Severity sev, Device device, Instant start, Instant end,
            String summary, Map<String, Object> ev, String key) {
        ctx.publish(Finding.builder(rule, category, sev).device(DeviceRef.of(device)).span(start, end.isBefore(start) ? start : end)
                .summary(device.displayName() + ": " + summary).evidence(ev).dedupKey(key).source(source).build());
    }

    /** @return sources tracked by the scan and brute-force tables */
    public int tracked() {
        return scans.size() + brutes.size();
    }

    static boolean group(String ip) {
        if (ip.indexOf(':') >= 0) {
            return ip.regionMatches(true, 0, "ff", 0, 2);
        }
        int dot = ip.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            int a = Integer.parseInt(ip, 0, dot, 10);
            return a >= 224 || ip.endsWith(".255");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean local(String ip) {
        if (ip.indexOf(':') >= 0) {
            String l = ip.toLowerCase(java.util.Locale.ROOT);
            return l.startsWith("fe8") || l.startsWith("fc") || l.startsWith("fd") || l.equals("::1");
        }
        String[] p = ip.split("\\.", 4);
        if (p.length != 4) {
            return false;
        }
        try {
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            return switch (a) {
                case 10, 127 -> true;
                case 172 -> b >= 16 && b <= 31;
                case 192 -> b == 168;
                case 169 -> b == 254;
                default -> false;
            };
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static final class Scan {
        final Instant start;
        Instant end;
        String portHost;
        final Set<Integer> ports = new HashSet<>();
        int sweepPort = -1;
        final Set<String> hosts = new HashSet<>();
        boolean reportedPorts;
        boolean reportedHosts;

        Scan(Instant start) {
            this.start = start;
            this.end = start;
        }
    }

    private static final class Brute {
        final Instant start;
        Instant end;
        final Set<Long> flows = new HashSet<>();
        int failed;
        boolean reported;

        Brute(Instant start) {
            this.start = start;
            this.end = start;
        }
    }
}
