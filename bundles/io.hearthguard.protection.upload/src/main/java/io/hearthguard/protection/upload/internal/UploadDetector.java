package io.hearthguard.protection.upload.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.traffic.FlowRecord;

/**
 * Abnormal and large uploads, free of OSGi; called on the protection's worker thread only.
 *
 * <p>Per device and remote host (responder name, else address), upload and download are
 * summed into run-length slots (default 15 min) of a sliding window (default 4 h). Every run
 * the Firewalla rule is applied: a host whose window upload is at least the minimum (500 kB
 * device-initiated, 1 MB inbound-initiated), more than {@code z} standard deviations above
 * the device's other hosts, and whose upload/download ratio exceeds 1 (1.5 when it is the
 * only host) is flagged; at most N a run, one per host per cooldown. In {@code adaptive}
 * mode a flagged host must also be unusual for that host itself: new to the device, or
 * uploading several times its own learned per-window level. A flow whose upload passes the
 * large-upload limit is reported once on its own.
 */
public final class UploadDetector {

    static final String ABNORMAL = "upload.abnormal";
    static final String LARGE = "upload.large-flow";
    private static final double HISTORY_ALPHA = 0.02;
    /** Runs of contact (2 h at the default run) before a destination can be the device's own cloud. */
    static final int HOME_MIN_RUNS = 8;

    /** Parameters, validated. */
    public record Settings(boolean adaptive, int windowSeconds, int runSeconds, long minUploadInitiated,
            long minUploadInbound, double zThreshold, double ratio, double ratioSingleHost, int maxAlarmsPerRun,
            int cooldownSeconds, long largeFlowBytes, int newHostRuns, double hostFactor, int maxDevices,
            int maxHostsPerDevice) {

        public Settings {
            req(runSeconds >= 1 && windowSeconds >= runSeconds && windowSeconds / runSeconds <= 1440,
                    "windowSeconds must be >= runSeconds and at most 1440 runs long");
            req(minUploadInitiated >= 0 && minUploadInbound >= 0 && largeFlowBytes >= 1, "byte limits must be positive");
            req(zThreshold >= 0 && ratio >= 0 && ratioSingleHost >= 0 && hostFactor >= 1, "thresholds must be >= 0 (hostFactor >= 1)");
            req(maxAlarmsPerRun >= 1 && cooldownSeconds >= 0 && newHostRuns >= 0, "maxAlarmsPerRun >= 1, cooldown/newHostRuns >= 0");
            req(maxDevices >= 1 && maxHostsPerDevice >= 2, "maxDevices >= 1, maxHostsPerDevice >= 2");
        }

        private static void req(boolean ok, String m) {
            if (!ok) {
                throw new IllegalArgumentException("io.hearthguard.protection.upload: " + m);
            }
        }

        /** Firewalla's published parameters. */
        public static Settings firewalla() {
            return new Settings(false, 4 * 3600, 900, 500_000, 1_000_000, 8, 1, 1.5, 3, 4 * 3600, 100_000_000, 96, 4, 4096, 256);
        }

        /** Firewalla's parameters plus the per-host baseline. */
        public static Settings adaptiveDefaults() {
            Settings f = firewalla();
            return new Settings(true, f.windowSeconds, f.runSeconds, f.minUploadInitiated, f.minUploadInbound, f.zThreshold, f.ratio,
                    f.ratioSingleHost, f.maxAlarmsPerRun, f.cooldownSeconds, f.largeFlowBytes, f.newHostRuns, f.hostFactor,
                    f.maxDevices, f.maxHostsPerDevice);
        }
    }

    private final Settings s;
    private final String source;
    private final int slots;
    private final Map<String, DeviceState> devices;
    private final Map<Long, Boolean> largeReported = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> e) {
            return size() > 10_000;
        }
    };
    private long run = Long.MIN_VALUE;

    public UploadDetector(Settings settings, String source) {
        this.s = settings;
        this.source = source;
        this.slots = settings.windowSeconds() / settings.runSeconds();
        this.devices = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DeviceState> e) {
                return size() > s.maxDevices();
            }
        };
    }

    /** A flow snapshot of {@code device}. */
    public void flow(FlowRecord f, Device device, ProtectionContext ctx) {
        boolean initiator = isInitiator(f, device);
        String remoteIp = initiator ? f.responderIp() : f.initiatorIp();
        if (isLocal(remoteIp)) {
            return; // between local devices: not an upload to the internet
        }
        long up = Math.max(0, initiator ? f.deltaOrigBytes() : f.deltaRespBytes());
        long down = Math.max(0, initiator ? f.deltaRespBytes() : f.deltaOrigBytes());
        advance(ctx);
        String host = initiator ? f.responderName().orElse(remoteIp) : remoteIp;
        DeviceState d = devices.computeIfAbsent(device.id(), k -> new DeviceState());
        d.device = device;
        if (d.firstSeen == null) {
            d.firstSeen = ctx.now();
        }
        Host h = d.hosts.get(host);
        if (h == null) {
            h = new Host(slots);
            h.firstSeen = ctx.now();
            d.hosts.put(host, h);
        }
        h.up[h.slot(run, slots)] += up;
        h.down[h.slot(run, slots)] += down;
        h.deviceInitiated |= initiator;
        h.ips.add(remoteIp);
        if (h.ips.size() > 4) {
            h.ips.remove(h.ips.iterator().next());
        }
        long total = initiator ? f.origBytes() : f.respBytes();
        if (total >= s.largeFlowBytes() && largeReported.putIfAbsent(f.flowId(), Boolean.TRUE) == null) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("remote", host);
            ev.put("remoteIp", remoteIp);
            ev.put("remotePort", initiator ? f.responderPort() : f.initiatorPort());
            ev.put("uploadBytes", total);
            ev.put("downloadBytes", initiator ? f.respBytes() : f.origBytes());
            ev.put("limitBytes", s.largeFlowBytes());
            ev.put("deviceInitiated", initiator);
            ctx.publish(Finding.builder(LARGE, Categories.LARGE_UPLOAD, Severity.MEDIUM).device(DeviceRef.of(device))
                    .span(f.firstSeen(), f.lastSeen())
                    .summary(device.displayName() + " uploaded " + mb(total) + " MB to " + host + " in one flow")
                    .evidence(ev).dedupKey("flow-" + f.flowId()).source(source).build());
        }
    }

    /** Capture time advanced: runs the window check when a run boundary passes. */
    public void tick(ProtectionContext ctx) {
        advance(ctx);
    }

    /** End of capture: one last check of the current window. */
    public void sessionEnded(ProtectionContext ctx) {
        check(ctx.now(), ctx);
    }

    /** @return devices tracked */
    public int devices() {
        return devices.size();
    }

    private void advance(ProtectionContext ctx) {
        long r = Math.floorDiv(ctx.now().getEpochSecond(), s.runSeconds());
        if (run == Long.MIN_VALUE) {
            run = r;
            return;
        }
        if (r <= run) {
            return;
        }
        check(Instant.ofEpochSecond(r * s.runSeconds()), ctx);
        long steps = Math.min(r - run, slots);
        for (long i = 1; i <= steps; i++) {
            long next = run + i;
            for (DeviceState d : devices.values()) {
                for (Host h : d.hosts.values()) {
                    int k = h.slot(next, slots);
                    h.up[k] = 0;
                    h.down[k] = 0;
                }
            }
        }
        run = r;
        for (DeviceState d : devices.values()) {
            d.hosts.values().removeIf(h -> h.idle(slots) && h.lastAlarm == null && run - h.lastRun > 4L * slots);
        }
    }

    /** One run of the window rule over every device, at capture time {@code at}. */
    private void check(Instant at, ProtectionContext ctx) {
        for (DeviceState d : new ArrayList<>(devices.values())) {
            List<Cand> all = new ArrayList<>();
            for (Map.Entry<String, Host> e : d.hosts.entrySet()) {
                Host h = e.getValue();
                long up = h.sumUp();
                long down = h.sumDown();
                if (up > 0 || down > 0) {
                    h.lastRun = run;
                }
                all.add(new Cand(e.getKey(), h, up, down));
            }
            List<Cand> flagged = new ArrayList<>();
            d.runs++;
            java.util.Set<String> contacted = new java.util.HashSet<>();
            for (Cand c : all) { // contact in the run that just ended: how regular a destination's domain is
                int k = c.h.slot(run, slots);
                if (c.h.up[k] > 0 || c.h.down[k] > 0) {
                    contacted.add(domainOf(c.host));
                }
            }
            for (String dom : contacted) {
                d.domainRuns.merge(dom, 1L, Long::sum);
            }
            double sum = 0, sq = 0;
            for (Cand c : all) {
                sum += c.up;
                sq += (double) c.up * c.up;
            }
            int n = all.size();
            for (Cand c : all) {
                long min = c.h.deviceInitiated ? s.minUploadInitiated() : s.minUploadInbound();
                if (c.up < min) {
                    continue;
                }
                double ratio = c.down == 0 ? Double.POSITIVE_INFINITY : (double) c.up / c.down;
                String dom = domainOf(c.host);
                Instant domFirst = d.domainFirst.getOrDefault(dom, c.h.firstSeen);
                if (s.adaptive() && (homeCloud(d, c.host) || domFirst.isBefore(d.firstSeen.plusSeconds(learningSeconds())))) {
                    // the device's own cloud (in touch in most runs, or a destination since its first day): its
                    // uploads come in bursts (a camera's clips), so it is judged against its own largest window
                    // (at least the minimum upload), not against the device's other hosts
                    if (ratio <= s.ratio() || c.up <= s.hostFactor() * Math.max(d.domainPeak.getOrDefault(dom, 0L), min)) {
                        continue;
                    }
                    c.ratio = ratio;
                    c.homeCloud = true;
                    c.z = Double.NaN;
                    if (c.h.lastAlarm == null || !at.isBefore(c.h.lastAlarm.plusSeconds(s.cooldownSeconds()))) {
                        flagged.add(c);
                    }
                    continue;
                }
                if (n == 1) {
                    c.z = Double.NaN;
                    if (ratio <= s.ratioSingleHost()) {
                        continue;
                    }
                } else {
                    double m = (sum - c.up) / (n - 1);
                    double var = Math.max(0, (sq - (double) c.up * c.up) / (n - 1) - m * m);
                    double sd = Math.sqrt(var);
                    c.othersMean = m;
                    c.othersSd = sd;
                    c.z = sd == 0 ? (c.up > m ? Double.POSITIVE_INFINITY : 0) : (c.up - m) / sd;
                    if (ratio <= s.ratio()) {
                        continue;
                    }
                    if (c.z <= s.zThreshold()) {
                        // adaptive: a destination first seen within this window, from a device whose habits are
                        // known, is judged on its own; one big usual destination must not mask it
                        boolean establishedDevice = d.firstSeen.plusSeconds((long) s.newHostRuns() * s.runSeconds()).isBefore(at);
                        boolean newHost = c.h.firstSeen.plusSeconds(s.windowSeconds()).isAfter(at);
                        if (!(s.adaptive() && establishedDevice && newHost)) {
                            continue;
                        }
                        c.newDestination = true;
                    }
                }
                c.ratio = ratio;
                long cooldown = s.cooldownSeconds();
                if (s.adaptive() && c.h.firstSeen.plusSeconds(learningSeconds()).isAfter(at)) {
                    cooldown = Math.max(cooldown, learningSeconds()); // while a host is being learned: once
                }
                if (c.h.lastAlarm != null && at.isBefore(c.h.lastAlarm.plusSeconds(cooldown))) {
                    continue;
                }
                if (s.adaptive() && !unusualForHost(c, at)) {
                    continue;
                }
                flagged.add(c);
            }
            flagged.sort(Comparator.comparingLong((Cand c) -> c.up).reversed());
            for (int i = 0; i < flagged.size() && i < s.maxAlarmsPerRun(); i++) {
                Cand c = flagged.get(i);
                c.h.lastAlarm = at;
                publish(d, c, at, ctx);
            }
            // learn each host's usual window upload (after judging, so a spike is judged against the past)
            for (Cand c : all) {
                Host h = c.h;
                if (h.runsSeen == 0) {
                    h.meanUp = c.up;
                } else {
                    // a plain running mean until there are enough samples, then exponential forgetting
                    double a = Math.max(HISTORY_ALPHA, 1.0 / (h.runsSeen + 1));
                    double dx = c.up - h.meanUp;
                    h.meanUp += a * dx;
                    h.varUp = (1 - a) * (h.varUp + a * dx * dx);
                }
                h.runsSeen++;
                d.domainPeak.merge(domainOf(c.host), c.up, Math::max);
                d.domainFirst.putIfAbsent(domainOf(c.host), h.firstSeen);
            }
        }
    }

    /**
     * The host is in the device's own cloud: its domain (a service spreads over many names, e.g. a
     * camera's heartbeat and clip hosts) was in touch with the device in at least half of its runs,
     * and in at least {@value #HOME_MIN_RUNS} of them.
     */
    private static boolean homeCloud(DeviceState d, String host) {
        long r = d.domainRuns.getOrDefault(domainOf(host), 0L);
        return r >= HOME_MIN_RUNS && r * 2 >= d.runs;
    }

    /**
     * The registrable part of a host name: its last two labels, three under a two-letter country
     * code whose second level is short ({@code co.uk}, {@code com.au}); an address stays itself.
     * An approximation of the public suffix list, enough to group a vendor's names.
     */
    static String domainOf(String host) {
        if (host.indexOf(':') >= 0 || host.chars().allMatch(ch -> ch == '.' || (ch >= '0' && ch <= '9'))) {
            return host;
        }
        String[] l = host.split("\\.");
        if (l.length <= 2) {
            return host;
        }
        int keep = l[l.length - 1].length() == 2 && l[l.length - 2].length() <= 3 ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(l, Math.max(0, l.length - keep), l.length));
    }

    private long learningSeconds() {
        return (long) s.newHostRuns() * s.runSeconds();
    }

    private boolean unusualForHost(Cand c, Instant at) {
        Host h = c.h;
        if (h.firstSeen.plusSeconds((long) s.newHostRuns() * s.runSeconds()).isAfter(at) || h.runsSeen < 2) {
            return true; // new destination for this device: Firewalla's judgement stands
        }
        double sd = Math.sqrt(h.varUp);
        return c.up > s.hostFactor() * h.meanUp && c.up > h.meanUp + 4 * sd;
    }

    private void publish(DeviceState d, Cand c, Instant at, ProtectionContext ctx) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("remote", c.host);
        ev.put("remoteIps", List.copyOf(c.h.ips));
        ev.put("windowSeconds", s.windowSeconds());
        ev.put("uploadBytes", c.up);
        ev.put("downloadBytes", c.down);
        ev.put("uploadDownloadRatio", Double.isInfinite(c.ratio) ? "inf" : String.format(Locale.ROOT, "%.2f", c.ratio));
        ev.put("zScore", Double.isNaN(c.z) ? "single-host" : Double.isInfinite(c.z) ? "inf" : String.format(Locale.ROOT, "%.1f", c.z));
        ev.put("deviceInitiated", c.h.deviceInitiated);
        ev.put("newDestination", c.newDestination);
        ev.put("homeCloud", c.homeCloud);
        ev.put("domain", domainOf(c.host));
        List<Map<String, Object>> tl = new ArrayList<>();
        for (int i = slots - 1; i >= 0; i--) {
            int k = c.h.slot(run - i, slots);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", Instant.ofEpochSecond((run - i) * s.runSeconds()).toString());
            m.put("up", c.h.up[k]);
            m.put("down", c.h.down[k]);
            tl.add(m);
        }
        ev.put("timeline", tl);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("otherHosts", d.hosts.size() - 1);
        base.put("otherHostsMeanUpload", Math.round(c.othersMean));
        base.put("otherHostsSdUpload", Math.round(c.othersSd));
        base.put("hostUsualWindowUpload", Math.round(c.h.meanUp));
        base.put("hostRunsSeen", c.h.runsSeen);
        base.put("domainRunsContacted", d.domainRuns.getOrDefault(domainOf(c.host), 0L));
        base.put("deviceRuns", d.runs);
        base.put("deviceFirstSeen", String.valueOf(d.firstSeen));
        base.put("hostFirstSeen", String.valueOf(c.h.firstSeen));
        base.put("domainLargestWindowUpload", d.domainPeak.getOrDefault(domainOf(c.host), 0L));
        base.put("mode", s.adaptive() ? "adaptive" : "firewalla");
        ev.put("baseline", base);
        Device dev = d.device;
        ctx.publish(Finding.builder(ABNORMAL, Categories.ABNORMAL_UPLOAD, Severity.MEDIUM).device(DeviceRef.of(dev))
                .span(at.minusSeconds(s.windowSeconds()), at)
                // the amount is the window's (a short capture's upload is counted in a window of hours): say "within"
                .summary(dev.displayName() + " uploaded " + mb(c.up) + " MB to " + c.host + " within " + hours(s.windowSeconds())
                        + ", far more than to its other destinations")
                .evidence(ev).dedupKey(c.host).source(source).build());
    }

    /** @return "4 hours", "90 minutes", "1 hour" */
    static String hours(long seconds) {
        if (seconds % 3600 == 0) {
            long h = seconds / 3600;
            return h == 1 ? "1 hour" : h + " hours";
        }
        long m = Math.max(1, Math.round(seconds / 60.0));
        return m == 1 ? "1 minute" : m + " minutes";
    }

    private static String mb(long b) {
        return String.format(Locale.ROOT, "%.1f", b / 1e6);
    }

    static boolean isInitiator(FlowRecord f, Device d) {
        if (!d.macs().isEmpty()) {
            String m = d.macs().get(0);
            long bits = macBits(m);
            if (bits >= 0) {
                if (bits == f.initiatorMac()) {
                    return true;
                }
                if (bits == f.responderMac()) {
                    return false;
                }
            }
        }
        return d.ips().contains(f.initiatorIp()) || !d.ips().contains(f.responderIp());
    }

    static long macBits(String mac) {
        String hex = mac.replace(":", "").replace("-", "");
        if (hex.length() != 12) {
            return -1;
        }
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** RFC 1918, loopback, link-local, CGNAT, multicast/broadcast, IPv6 ULA/link-local/multicast. */
    static boolean isLocal(String ip) {
        if (ip.indexOf(':') >= 0) {
            String l = ip.toLowerCase(Locale.ROOT);
            return l.startsWith("fe8") || l.startsWith("fe9") || l.startsWith("fea") || l.startsWith("feb") || l.startsWith("fc")
                    || l.startsWith("fd") || l.startsWith("ff") || l.equals("::1");
        }
        String[] p = ip.split("\\.", 4);
        if (p.length != 4) {
            return false;
        }
        try {
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            return a == 10 || a == 127 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 169 && b == 254)
                    || (a == 100 && b >= 64 && b <= 127) || a >= 224 || a == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static final class Cand {
        final String host;
        final Host h;
        final long up;
        final long down;
        double z;
        double ratio;
        double othersMean;
        double othersSd;
        boolean newDestination;
        boolean homeCloud;

        Cand(String host, Host h, long up, long down) {
            this.host = host;
            this.h = h;
            this.up = up;
            this.down = down;
        }
    }

    private static final class Host {
        final long[] up;
        final long[] down;
        final LinkedHashSet<String> ips = new LinkedHashSet<>();
        boolean deviceInitiated;
        Instant lastAlarm;
        Instant firstSeen;
        long lastRun;
        long runsSeen;
        double meanUp;
        double varUp;

        Host(int slots) {
            up = new long[slots];
            down = new long[slots];
        }

        int slot(long run, int slots) {
            return (int) Math.floorMod(run, (long) slots);
        }

        long sumUp() {
            long t = 0;
            for (long v : up) {
                t += v;
            }
            return t;
        }

        long sumDown() {
            long t = 0;
            for (long v : down) {
                t += v;
            }
            return t;
        }

        boolean idle(int slots) {
            return sumUp() == 0 && sumDown() == 0;
        }
    }

    private final class DeviceState {
        Device device;
        Instant firstSeen;
        long runs;
        /** Runs in which each domain was in touch with the device; bounded like the hosts. */
        final Map<String, Long> domainRuns = bounded();

        private <V> Map<String, V> bounded() {
            return new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, V> e) {
                    return size() > s.maxHostsPerDevice();
                }
            };
        }
        /** Largest window upload and first contact per domain: kept when an idle host is forgotten; bounded. */
        final Map<String, Long> domainPeak = bounded();
        final Map<String, Instant> domainFirst = bounded();
        final Map<String, Host> hosts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Host> e) {
                return size() > s.maxHostsPerDevice();
            }
        };
    }
}
