package io.hearthguard.discovery.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.device.SoftwareVersion;
import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.NeighborMessage;
import io.hearthguard.api.traffic.SsdpMessage;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.api.traffic.TrafficMetadata;

/**
 * The device inventory without OSGi: builds one device per physical device from capture's
 * metadata and flows, identifies it, tracks online state in capture time, learns the
 * gateway and watches it for man-in-the-middle signs.
 *
 * <p>Threading: the feeding methods ({@link #metadata}, {@link #flow}, {@link #tick},
 * {@link #flush}, {@link #restore}) are serialised by an internal lock and call the
 * {@link Listener} while holding it, so listeners must only hand work off. The reading
 * methods never lock and {@link #byMacBits} does not allocate.
 *
 * <p>What {@link #byMacBits} returns for a MAC changes only: from null to a device when any
 * record first shows the MAC (at most two new devices per record: a flow's two ends), and from
 * one device to another at a flush ({@link #tick}, {@link #flush}), a merge (only from a
 * {@link DhcpMessage}), an eviction (the inventory full) or {@link #forget}.
 * {@link DiscoveryComponent#byMacBits} relies on this to answer exactly while records wait in
 * its {@link Feed}: a change that adds another such point must make it a barrier there.
 */
public final class InventoryEngine implements Feed.Sink {

    /** Receives what the engine concludes. Called under the engine lock: hand work off, never block. */
    public interface Listener {
        /** A device appeared (first flush after it was first seen). */
        default void added(Device device) {
        }

        /** What a person sees of a device changed (names, addresses, vendor, type, model, os). */
        default void changed(Device before, Device after) {
        }

        default void online(Device device) {
        }

        default void offline(Device device) {
        }

        /** A device was merged into another or evicted. */
        default void removed(Device device) {
        }

        /** A new device has been observed for the settle time: report it with its evidence. */
        default void newDevice(Device device) {
        }

        /** A settled device changed its vendor or type ({@code what} is "vendor" or "type"). */
        default void identityChanged(Device before, Device after, String what) {
        }

        /** Man-in-the-middle signs around the gateway. */
        default void mitm(Mitm alert) {
        }

        /** The device's stored form is out of date. */
        default void dirty(Device device, Stored stored) {
        }

        /**
         * A device announced a UPnP description URL (once per device and URL). Untrusted: the
         * receiver decides whether it may be fetched.
         */
        default void upnpLocation(long mac, String announcerIp, String location) {
        }

        /** The gateway became known or changed (for persistence). */
        default void gateway(long mac, String ip) {
        }
    }

    /**
     * A man-in-the-middle sign.
     *
     * @param kind        {@code arp-spoof} (a second MAC claims the gateway IP), {@code nd-spoof}
     *                    (the same through IPv6 neighbor advertisements) or
     *                    {@code gateway-mac-changed} (traffic to the internet goes through a new MAC)
     * @param gatewayIp   the gateway's IP, or null when not known
     * @param gatewayMac  the MAC the gateway had
     * @param claimingMac the other MAC
     */
    public record Mitm(String kind, String gatewayIp, long gatewayMac, long claimingMac, Instant at, String detail) {
    }

    /** The durable form of one device. */
    public record Stored(String id, List<String> macs, List<String> ips, Instant firstSeen, Instant lastSeen,
            List<String> clientIds, List<String> services, List<String> facts, List<Evidence> evidence) {
    }

    /** Tunables. */
    public record Settings(Duration idleTimeout, Duration settle, int maxDevices, int nextHopThreshold) {
        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), 4096, 5);
        }
    }

    static final int MAX_MACS = 16;
    static final int MAX_IPS = 16;
    static final int MAX_EVIDENCE = 128;
    static final int MAX_FACTS = 512;
    static final int MAX_SERVICES = 32;
    static final int MAX_ANSWERS = 128;
    static final int MAX_TXT = 64;
    /** Most announced software versions kept per device (as in {@link Device#software()}). */
    static final int MAX_SOFTWARE = 16;
    static final int MAX_QUESTIONS = 8;
    static final int MAX_INDEX = 16_384;
    /** How stale a stored last-seen time may get while a device stays unchanged. */
    static final Duration STORE_SEEN_EVERY = Duration.ofMinutes(1);
    /** Support an identity needs before a change of it is worth a finding. */
    static final double STRONG = 0.5;

    private static final Set<String> GENERIC_HOSTNAMES = Set.of("android", "localhost", "iphone", "ipad", "espressif",
            "unknown", "none", "host", "client", "device", "default", "(none)");

    /** Mutable per-device state, guarded by the engine lock. */
    private static final class State {
        final String id;
        final List<Long> macs = new ArrayList<>(2);
        final LinkedHashMap<String, Instant> ips = new LinkedHashMap<>();
        final LinkedHashMap<String, Evidence> evidence = new LinkedHashMap<>();
        final Set<String> facts = new HashSet<>();
        final Set<String> clientIds = new LinkedHashSet<>();
        final Set<String> services = new LinkedHashSet<>();
        /** Announced software versions by product|version|source, first seen first. */
        final LinkedHashMap<String, SoftwareVersion> software = new LinkedHashMap<>();
        /** Counters over the device's flows (per flow record, not per packet). */
        final Behaviour behaviour = new Behaviour();
        Instant firstSeen;
        Instant lastSeen;
        boolean online = true;
        boolean announced;
        boolean settled;
        boolean identityDirty = true;
        Identity identity;
        DeviceSnapshot published;
        DeviceSnapshot announcedSnap;
        Instant storedSeen = Instant.EPOCH;

        State(String id, Instant t) {
            this.id = id;
            this.firstSeen = t;
            this.lastSeen = t;
        }
    }

    private final Object lock = new Object();
    private volatile Identifier identifier;
    private final Settings settings;
    private final Listener listener;

    // guarded by lock
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<Long, State> stateByMac = new HashMap<>();
    private final Map<String, State> ipOwner = new HashMap<>();
    private final Map<String, State> byClientId = new HashMap<>();
    private final Map<String, State> byHostname = new HashMap<>();
    private final Set<State> dirty = new LinkedHashSet<>();
    private final Set<State> cameOnline = new LinkedHashSet<>();
    private final Map<String, Boolean> noRuleNames = new HashMap<>();
    private final Map<Long, Integer> nextHops = new HashMap<>();
    private final Set<String> mitmReported = new HashSet<>();
    private Instant now = Instant.EPOCH;
    private Instant lastFlush = Instant.EPOCH;
    private long gatewayMac = -1;
    private String gatewayIp;
    private boolean gatewayConfirmed;
    private long dhcpServerMac = -1;
    private String dhcpServerIp;
    private long refused;

    // lock-free reads
    private final MacTable<DeviceSnapshot> snapByMac = new MacTable<>();
    private final Map<String, DeviceSnapshot> snapById = new ConcurrentHashMap<>();
    private final Map<String, DeviceSnapshot> snapByIp = new ConcurrentHashMap<>();
    private final Map<String, List<String>> servicesById = new ConcurrentHashMap<>();
    /** Home-to-home TCP flows whose start was not a SYN (bounded; under the lock). */
    private final Map<Long, Boolean> joinedMidway = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 4096;
        }
    };

    public InventoryEngine(Identifier identifier, Settings settings, Listener listener) {
        this.identifier = identifier;
        this.settings = settings;
        this.listener = listener;
    }

    /** Replaces the identifier (new rules); every device is re-identified at the next flush. */
    public void identifier(Identifier id) {
        synchronized (lock) {
            this.identifier = id;
            // Rule-derived evidence is rebuilt from the facts seen so far.
            for (State s : states.values()) {
                List<String> facts = new ArrayList<>(s.facts);
                s.facts.clear();
                s.evidence.values().removeIf(e -> !e.source().equals("net"));
                if (!s.macs.isEmpty()) {
                    addEvidence(s, id.forMac(s.macs.get(0), s.firstSeen));
                }
                for (String f : facts) {
                    int sep = f.indexOf('\u0000');
                    fact(s, f.substring(0, sep), f.substring(sep + 1), s.lastSeen);
                }
                markDirty(s);
            }
            noRuleNames.clear();
        }
    }

    // ------------------------------------------------------------------ reads

    public List<Device> devices() {
        return List.copyOf(snapById.values());
    }

    public Optional<Device> byId(String id) {
        return Optional.ofNullable(snapById.get(id));
    }

    public Optional<Device> byMac(String mac) {
        long m = Macs.parse(mac);
        return m < 0 ? Optional.empty() : Optional.ofNullable(snapByMac.get(m));
    }

    public Optional<Device> byIp(String ip) {
        String c = Ips.canonical(ip);
        return c == null ? Optional.empty() : Optional.ofNullable(snapByIp.get(c));
    }

    /** Allocation-free when the device is known. */
    public Device byMacBits(long mac) {
        return snapByMac.get(mac);
    }

    /** @return the identifier in use */
    Identifier identifier() {
        return identifier;
    }

    /** @return devices known (lock-free) */
    public int size() {
        return snapById.size();
    }

    /** @return mDNS service types the device advertised, e.g. {@code _ipp._tcp} */
    public List<String> services(String id) {
        return servicesById.getOrDefault(id, List.of());
    }

    /** @return the gateway's MAC in colon form and IP, either may be null */
    public String[] gateway() {
        synchronized (lock) {
            return new String[] {gatewayMac < 0 ? null : Macs.format(gatewayMac), gatewayIp};
        }
    }

    /** @return devices not created because the inventory was full */
    public long refused() {
        synchronized (lock) {
            return refused;
        }
    }

    // ------------------------------------------------------------------ feeding

    /** One metadata record from capture. */
    @Override
    public void metadata(TrafficMetadata r) {
        synchronized (lock) {
            Instant t = advance(r.timestamp());
            String srcIp = Ips.canonical(r.srcIp());
            if (r instanceof DhcpMessage d) {
                dhcp(d, t, r.srcMac(), srcIp);
            } else if (r instanceof NeighborMessage n) {
                neighbor(n, t);
            } else {
                State s = touch(r.srcMac(), srcIp, t);
                if (s == null) {
                    return;
                }
                if (r instanceof DnsMessage m) {
                    dns(s, m, t);
                } else if (r instanceof TlsClientHello h) {
                    h.sni().ifPresent(v -> fact(s, Fact.SNI, v, t));
                } else if (r instanceof HttpRequest h) {
                    h.userAgent().ifPresent(v -> fact(s, Fact.HTTP_UA, v, t));
                    String path = httpPath(h.uri());
                    // a request to another home device names that device's resource, not the caller's kind
                    if (!path.isEmpty() && !served(h, srcIp, path, t)) {
                        fact(s, Fact.HTTP_PATH, path, t);
                    }
                    h.host().map(InventoryEngine::hostName).filter(v -> !v.isEmpty()).ifPresent(v -> fact(s, Fact.DNS, v, t));
                } else if (r instanceof SsdpMessage m) {
                    ssdp(s, m, t);
                }
            }
        }
    }

    /** One flow snapshot from capture. */
    @Override
    public void flow(FlowRecord f) {
        synchronized (lock) {
            Instant t = advance(f.lastSeen());
            String init = Ips.canonical(f.initiatorIp());
            String resp = Ips.canonical(f.responderIp());
            State s = touch(f.initiatorMac(), init, t);
            if (f.respPackets() > 0) {
                touch(f.responderMac(), resp, t);
            }
            if (s != null && f.phase() == FlowRecord.Phase.STARTED) {
                f.sni().ifPresent(v -> fact(s, Fact.SNI, v, t));
                f.responderName().ifPresent(v -> fact(s, Fact.DNS, v, t));
            }
            if (init != null && resp != null && f.responderPort() > 0 && Ips.local(init) && Ips.local(resp)
                    && Macs.unicast(f.responderMac())) {
                if (f.phase() == FlowRecord.Phase.STARTED && f.protocol() == 6 && f.tcpState() != TcpState.SYN_SENT) {
                    joinedMidway.put(f.flowId(), Boolean.TRUE); // no SYN: which end serves is a guess
                }
                if (s != null && (f.respPackets() > 0 || establishedBefore(f))) {
                    localService(s, f, t);
                }
            }
            if (init != null && resp != null && f.protocol() != 1 && f.protocol() != 58) {
                behaviour(s, f, init, resp);
            }
            if (f.phase() == FlowRecord.Phase.STARTED && init != null && resp != null) {
                if (!Ips.local(resp) && !Ips.unassignable(resp) && Ips.local(init) && Macs.unicast(f.responderMac())) {
                    nextHop(f.responderMac(), t);
                } else if (!Ips.local(init) && !Ips.unassignable(init) && Ips.local(resp) && Macs.unicast(f.initiatorMac())) {
                    nextHop(f.initiatorMac(), t);
                }
            }
        }
    }

    /**
     * Feeds a device's behaviour counters: flows between it and the internet (either end may have been seen first: a
     * conversation joined midway has the cloud as its initiator), and flows it opened to other home devices.
     */
    private void behaviour(State s, FlowRecord f, String init, String resp) { // s: the initiator's state, may be null
        boolean initLocal = Ips.local(init);
        boolean respLocal = Ips.local(resp);
        boolean changed;
        State d = s;
        if (initLocal && s == null) {
            return;
        } else if (initLocal && respLocal) {
            changed = f.phase() == FlowRecord.Phase.STARTED && f.respPackets() > 0 && Macs.unicast(f.responderMac())
                    && f.responderPort() != 53 && f.responderPort() != 67 && !resp.equals(gatewayIp)
                    && f.responderMac() != gatewayMac && s.behaviour.localFlow(resp);
        } else if (initLocal && !Ips.unassignable(resp) && Macs.unicast(f.responderMac())) {
            changed = s.behaviour.cloudFlow(f, false, resp, f.lastSeen());
        } else if (respLocal && !Ips.unassignable(init) && Macs.unicast(f.responderMac())
                && (d = stateByMac.get(f.responderMac())) != null) {
            changed = d.behaviour.cloudFlow(f, true, init, f.lastSeen());
        } else {
            return;
        }
        if (changed) {
            markDirty(d);
        }
    }

    /**
     * A TCP conversation that was already open when the capture met it (its first packet is no SYN and no reset, e.g. the
     * app's FIN closing it): the responder had accepted it, even when none of its answers was captured.
     */
    private static boolean establishedBefore(FlowRecord f) {
        if (f.protocol() != 6 || f.phase() != FlowRecord.Phase.STARTED) {
            return false;
        }
        TcpState st = f.tcpState();
        return st == TcpState.MIDSTREAM || st == TcpState.CLOSING || st == TcpState.ESTABLISHED;
    }

    /**
     * A conversation between two home devices that the responder answered: the port it
     * answered on says something about both ends (Echo speakers talk to each other on
     * 55443/55444, cameras answer RTSP on 554, printers IPP on 631).
     */
    private void localService(State init, FlowRecord f, Instant t) {
        String proto = switch (f.protocol()) {
            case 6 -> "tcp/";
            case 17 -> "udp/";
            default -> null;
        };
        if (proto == null) {
            return;
        }
        State resp = stateByMac.get(f.responderMac());
        service(init, resp, proto + f.responderPort(), t);
        if (f.protocol() == 6 && joinedMidway.remove(f.flowId()) != null && f.initiatorPort() > 0) {
            // joined mid-conversation: which end is the server is a guess, so both ways count
            service(resp, init, proto + f.initiatorPort(), t);
        }
    }

    private void service(State client, State server, String port, Instant t) {
        if (client != null) {
            fact(client, Fact.CONNECT_LOCAL, port, t);
        }
        if (server != null && server != client) {
            fact(server, Fact.LISTEN, port, t);
        }
    }

    /** @return the path of a request target without query or fragment, empty for "/" or none */
    /**
     * A request between two home devices names the server's resource: the path is a fact of the server (its own web
     * interface, as the family's app asks it). Requests to the gateway are left out: a router serves many kinds of
     * pages for the whole network.
     *
     * @return whether the request went to another home device (its path is then no fact of the caller)
     */
    private boolean served(HttpRequest h, String srcIp, String path, Instant t) {
        String dst = Ips.canonical(h.dstIp());
        if (srcIp == null || dst == null || !Ips.local(srcIp) || !Ips.local(dst) || !Macs.unicast(h.dstMac()) || h.dstMac() == gatewayMac
                || dst.equals(gatewayIp)) {
            return false;
        }
        State server = stateByMac.get(h.dstMac());
        if (server != null) {
            fact(server, Fact.HTTP_SERVED, path, t);
        }
        return true;
    }

    static String httpPath(String uri) {
        if (uri == null) {
            return "";
        }
        String u = uri;
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            int slash = u.indexOf('/', scheme + 3);
            u = slash < 0 ? "" : u.substring(slash);
        }
        int q = 0;
        while (q < u.length() && u.charAt(q) != '?' && u.charAt(q) != '#') {
            q++;
        }
        u = u.substring(0, q);
        return u.length() <= 1 ? "" : Text.clean(u, 128);
    }

    /** @return the name in an HTTP Host value without its port; empty for an address */
    static String hostName(String host) {
        String h = host;
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(':') == colon) {
            h = h.substring(0, colon);
        }
        boolean name = h.indexOf('.') > 0 && h.indexOf(':') < 0 && !h.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        return name ? h : "";
    }

    /** Capture time advanced: flushes changes at most once per second and checks idle devices. */
    @Override
    public void tick(Instant t) {
        synchronized (lock) {
            advance(t);
            if (Duration.between(lastFlush, now).compareTo(Duration.ofSeconds(1)) >= 0) {
                flushLocked(false);
            }
        }
    }

    /** Announces everything pending now; {@code endOfSession} also settles every new device. */
    public void flush(boolean endOfSession) {
        synchronized (lock) {
            flushLocked(endOfSession);
        }
    }

    /** Loads devices from storage: they are known, offline and announced; no events. */
    public void restore(Collection<Stored> stored, long gwMac, String gwIp) {
        synchronized (lock) {
            for (Stored d : stored) {
                if (states.containsKey(d.id()) || states.size() >= settings.maxDevices()) {
                    continue;
                }
                State s = new State(d.id(), d.firstSeen());
                s.lastSeen = d.lastSeen();
                s.online = false;
                s.announced = true;
                s.settled = true;
                for (String m : d.macs()) {
                    long mac = Macs.parse(m);
                    if (Macs.unicast(mac) && !stateByMac.containsKey(mac) && s.macs.size() < MAX_MACS) {
                        s.macs.add(mac);
                        stateByMac.put(mac, s);
                    }
                }
                states.put(s.id, s);
                for (String ip : d.ips()) {
                    bind(s, ip, d.lastSeen());
                }
                for (String c : d.clientIds()) {
                    if (s.clientIds.size() < 8 && byClientId.size() < MAX_INDEX) {
                        s.clientIds.add(c);
                        byClientId.put(c, s);
                    }
                }
                d.services().stream().limit(MAX_SERVICES).forEach(s.services::add);
                d.facts().stream().filter(f -> f.indexOf('\u0000') > 0).limit(MAX_FACTS).forEach(s.facts::add);
                for (String f : s.facts) {
                    int sep = f.indexOf('\u0000');
                    software(s, f.substring(0, sep), f.substring(sep + 1));
                }
                addEvidence(s, d.evidence());
                // what today's rules and databases say of the stored facts joins what was stored: a rule or a
                // fingerprint database added since reaches known devices at the next start, not only new ones
                // (stored evidence is kept; no event, the restored identity is the announced one)
                Identifier id = identifier;
                if (!s.macs.isEmpty()) {
                    addEvidence(s, id.forMac(s.macs.get(0), s.firstSeen));
                }
                for (String f : s.facts) {
                    int sep = f.indexOf('\u0000');
                    addEvidence(s, id.forFact(new Fact(f.substring(0, sep), f.substring(sep + 1)), s.lastSeen));
                }
                publish(s);
                s.announcedSnap = s.published;
            }
            if (Macs.unicast(gwMac)) {
                gatewayMac = gwMac;
                gatewayIp = Ips.canonical(gwIp);
                gatewayConfirmed = true;
            }
        }
    }

    // ------------------------------------------------------------------ handling

    private Instant advance(Instant t) {
        if (t != null && t.isAfter(now)) {
            now = t;
        }
        return now;
    }

    /** The device using {@code mac}, created when new; binds {@code ip} when it is the device's own. */
    private State touch(long mac, String ip, Instant t) {
        if (!Macs.unicast(mac)) {
            return null;
        }
        State s = state(mac, t);
        if (s == null) {
            return null;
        }
        seen(s, t);
        if (ip == null || Ips.unassignable(ip)) {
            return s;
        }
        if (Ips.local(ip)) {
            bind(s, ip, t);
            return s;
        }
        // A public source address. From the gateway's MAC the packet came from the internet:
        // nothing it says is about the gateway. From any other MAC it is a device on this link
        // with a public address (IPv6 global, or a network without NAT).
        if (mac == gatewayMac) {
            return null;
        }
        if (Ips.global6(ip) && gatewayMac >= 0) {
            bind(s, ip, t);
        }
        return s;
    }

    private State state(long mac, Instant t) {
        State s = stateByMac.get(mac);
        if (s != null) {
            return s;
        }
        if (states.size() >= settings.maxDevices() && !evictOne()) {
            refused++;
            return null;
        }
        String id = Macs.hex(mac);
        while (states.containsKey(id)) {
            id = id + "-1";
        }
        s = new State(id, t);
        s.macs.add(mac);
        states.put(id, s);
        stateByMac.put(mac, s);
        addEvidence(s, identifier.forMac(mac, t));
        markDirty(s);
        publish(s); // visible to readers at once, announced at the next flush
        return s;
    }

    /**
     * Forgets a device the family asked to forget: dropped with everything learned about it
     * (the listener hears {@code removed}); seen again it is a new device.
     *
     * @return true when the device was known
     */
    public boolean forget(String id) {
        synchronized (lock) {
            State s = states.get(id);
            if (s == null) {
                return false;
            }
            drop(s);
            return true;
        }
    }

    private boolean evictOne() {
        State oldest = null;
        for (State s : states.values()) {
            if (!s.online && (oldest == null || s.lastSeen.isBefore(oldest.lastSeen))) {
                oldest = s;
            }
        }
        if (oldest == null) {
            return false;
        }
        drop(oldest);
        return true;
    }

    private void drop(State s) {
        states.remove(s.id);
        for (long m : s.macs) {
            if (stateByMac.get(m) == s) {
                stateByMac.remove(m);
                snapByMac.remove(m);
            }
        }
        for (String ip : s.ips.keySet()) {
            if (ipOwner.get(ip) == s) {
                ipOwner.remove(ip);
                snapByIp.remove(ip);
            }
        }
        byClientId.values().removeIf(x -> x == s);
        byHostname.values().removeIf(x -> x == s);
        dirty.remove(s);
        cameOnline.remove(s);
        snapById.remove(s.id);
        servicesById.remove(s.id);
        if (s.announced && s.published != null) {
            listener.removed(s.published);
        }
    }

    private void seen(State s, Instant t) {
        if (t.isAfter(s.lastSeen)) {
            s.lastSeen = t;
        }
        if (!s.online) {
            s.online = true;
            cameOnline.add(s);
            dirty.add(s);
        }
    }

    private void bind(State s, String ip, Instant t) {
        String c = Ips.canonical(ip);
        if (c == null || Ips.unassignable(c)) {
            return;
        }
        State prev = ipOwner.get(c);
        if (prev != s) {
            if (prev != null) {
                prev.ips.remove(c);
                markDirty(prev);
            }
            if (ipOwner.size() >= MAX_INDEX * 4) {
                return;
            }
            ipOwner.put(c, s);
            markDirty(s);
        }
        boolean fresh = s.ips.remove(c) == null;
        s.ips.put(c, t);
        if (fresh) {
            markDirty(s);
        }
        while (s.ips.size() > MAX_IPS) {
            Iterator<String> it = s.ips.keySet().iterator();
            String old = it.next();
            it.remove();
            if (ipOwner.get(old) == s) {
                ipOwner.remove(old);
                snapByIp.remove(old);
            }
        }
        if (fresh && s.published != null) {
            snapByIp.put(c, s.published);
        }
    }

    private void markDirty(State s) {
        s.identityDirty = true;
        dirty.add(s);
    }

    /** Records one fact once per device; its evidence joins the device's. */
    private void fact(State s, String kind, String raw, Instant t) {
        String v = Text.clean(raw);
        if (v.isEmpty()) {
            return;
        }
        if (kind.equals(Fact.DNS) || kind.equals(Fact.SNI)) {
            v = v.toLowerCase(Locale.ROOT);
            if (v.endsWith(".")) {
                v = v.substring(0, v.length() - 1);
            }
        }
        String key = kind + '\u0000' + v;
        if (s.facts.contains(key)) {
            return;
        }
        if (software(s, kind, v) && s.facts.size() < MAX_FACTS) {
            s.facts.add(key); // kept (and stored) for the version even when no rule reads it
        }
        Identifier id = identifier;
        boolean builtIn = kind.equals(Fact.HOSTNAME) || kind.equals(Fact.MDNS_NAME) || kind.equals(Fact.UPNP_NAME)
                || kind.equals(Fact.DHCP_PRL) || kind.equals(Fact.DHCP_PRL_GENERIC) || kind.equals(Fact.DHCP_VENDOR) || kind.equals(Fact.GATEWAY)
                || kind.equals(Fact.HTTP_UA);
        if (!builtIn && id.rules().forKind(kind).isEmpty() && !id.readsWithoutRules(kind)) {
            return;
        }
        if ((kind.equals(Fact.DNS) || kind.equals(Fact.SNI)) && noRuleNames.containsKey(key)) {
            return;
        }
        List<Evidence> ev = id.forFact(new Fact(kind, v), t);
        if (ev.isEmpty() && !builtIn) {
            if (noRuleNames.size() >= MAX_INDEX) {
                noRuleNames.clear();
            }
            noRuleNames.put(key, Boolean.TRUE);
            return;
        }
        if (s.facts.size() < MAX_FACTS) {
            s.facts.add(key);
        }
        addEvidence(s, ev);
    }

    /** Records the software versions fact (kind, v) announces; @return whether one was kept (the fact is then stored) */
    private boolean software(State s, String kind, String v) {
        boolean kept = false;
        for (SoftwareVersion sv : AnnouncedSoftware.from(kind, v)) {
            String k = sv.product().toLowerCase(Locale.ROOT) + '|' + sv.version() + '|' + sv.source();
            if (!s.software.containsKey(k) && s.software.size() < MAX_SOFTWARE) {
                s.software.put(k, sv);
                markDirty(s);
                kept = true;
            }
        }
        return kept;
    }

    private void addEvidence(State s, Collection<Evidence> ev) {
        for (Evidence e : ev) {
            String key = e.source() + '|' + e.attribute() + '|' + e.value().toLowerCase(Locale.ROOT);
            Evidence old = s.evidence.get(key);
            if (old != null) {
                if (e.weight() > old.weight()) {
                    s.evidence.put(key, e);
                    markDirty(s);
                }
                continue;
            }
            if (s.evidence.size() >= MAX_EVIDENCE) {
                String weakest = null;
                double min = Double.MAX_VALUE;
                for (Map.Entry<String, Evidence> en : s.evidence.entrySet()) {
                    if (en.getValue().weight() < min) {
                        min = en.getValue().weight();
                        weakest = en.getKey();
                    }
                }
                if (e.weight() <= min) {
                    continue;
                }
                s.evidence.remove(weakest);
            }
            s.evidence.put(key, e);
            markDirty(s);
        }
    }

    private void dhcp(DhcpMessage d, Instant t, long srcMac, String srcIp) {
        int type = d.messageType();
        boolean v4 = d.version() != 6;
        boolean fromServer = v4 ? (type == 2 || type == 5 || type == 6 || (type == 0 && d.srcPort() == 67))
                : (type == 2 || type == 7 || type == 10);
        long clientMac = Macs.parse(d.clientMac());
        if (fromServer) {
            if (Macs.unicast(srcMac)) {
                State server = touch(srcMac, srcIp, t);
                if (server != null && v4 && srcIp != null && Ips.local(srcIp)) {
                    dhcpServer(server, srcMac, srcIp, t);
                }
            }
            if (Macs.unicast(clientMac)) {
                State c = state(clientMac, t);
                if (c != null) {
                    if ((type == 5 || (!v4 && type == 7)) && d.assignedIp().isPresent()) {
                        bind(c, d.assignedIp().get(), t);
                    }
                    d.hostname().ifPresent(h -> fact(c, Fact.HOSTNAME, h, t));
                }
            }
            return;
        }
        long mac = Macs.unicast(clientMac) ? clientMac : srcMac;
        State s = touch(mac, srcIp, t);
        if (s == null) {
            return;
        }
        s = mergeRandomized(s, mac, d, t);
        State dev = s;
        d.hostname().ifPresent(h -> fact(dev, Fact.HOSTNAME, h, t));
        d.vendorClass().ifPresent(v -> fact(dev, Fact.DHCP_VENDOR, v, t));
        List<Integer> prl = d.parameterRequestList();
        if (!prl.isEmpty() && v4) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < prl.size() && i < 255; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(prl.get(i));
            }
            boolean generic = d.vendorClass().map(Identifier::genericDhcpClient).orElse(false);
            fact(dev, generic ? Fact.DHCP_PRL_GENERIC : Fact.DHCP_PRL, b.toString(), t);
        }
    }

    /** Ties a randomized MAC to the device that used the same DHCP client id or host name before. */
    private State mergeRandomized(State s, long mac, DhcpMessage d, Instant t) {
        String cid = d.clientId().map(c -> Text.clean(c, 128).toLowerCase(Locale.ROOT)).orElse("");
        if (cid.endsWith(Macs.hex(mac))) {
            cid = ""; // type 1 + MAC: names the MAC, not the device
        }
        String host = d.hostname().map(h -> Text.clean(h, 64).toLowerCase(Locale.ROOT)).orElse("");
        if (host.length() < 3 || GENERIC_HOSTNAMES.contains(host)) {
            host = "";
        }
        State target = s;
        if (Macs.locallyAdministered(mac)) {
            State byCid = cid.isEmpty() ? null : byClientId.get(cid);
            State byHost = host.isEmpty() ? null : byHostname.get(host);
            if (byCid != null && byCid != s) {
                target = byCid;
            } else if (byHost != null && byHost != s && byHost.macs.stream().anyMatch(Macs::locallyAdministered)
                    && (cid.isEmpty() || byHost.clientIds.isEmpty() || byHost.clientIds.contains(cid))) {
                target = byHost;
            }
        }
        if (target != s) {
            merge(s, target, t);
        }
        if (!cid.isEmpty() && byClientId.size() < MAX_INDEX && target.clientIds.size() < 8) {
            target.clientIds.add(cid);
            byClientId.put(cid, target);
        }
        if (!host.isEmpty() && byHostname.size() < MAX_INDEX) {
            byHostname.put(host, target);
        }
        return target;
    }

    private void merge(State from, State into, Instant t) {
        List<Long> macs = new ArrayList<>(from.macs);
        List<String> ips = new ArrayList<>(from.ips.keySet());
        drop(from);
        for (long m : macs) {
            if (into.macs.size() < MAX_MACS && !into.macs.contains(m)) {
                into.macs.add(m);
            }
            stateByMac.put(m, into);
        }
        for (String ip : ips) {
            bind(into, ip, t);
        }
        if (from.firstSeen.isBefore(into.firstSeen)) {
            into.firstSeen = from.firstSeen;
        }
        seen(into, from.lastSeen);
        for (String f : from.facts) {
            if (into.facts.size() < MAX_FACTS) {
                into.facts.add(f);
            }
        }
        from.services.stream().filter(x -> into.services.size() < MAX_SERVICES).forEach(into.services::add);
        addEvidence(into, from.evidence.values().stream().filter(e -> !e.source().equals("oui")).toList());
        markDirty(into);
        publish(into); // the moved MACs find the device at once
    }

    private void dhcpServer(State server, long mac, String ip, Instant t) {
        if (dhcpServerMac >= 0 && dhcpServerMac != mac && ip.equals(dhcpServerIp)) {
            reportMitm("gateway-mac-changed", mac, t, "DHCP replies for " + ip + " now come from " + Macs.format(mac)
                    + " instead of " + Macs.format(dhcpServerMac));
        }
        dhcpServerMac = mac;
        dhcpServerIp = ip;
        if (gatewayMac < 0) {
            gatewayMac = mac;
            gatewayIp = ip;
            listener.gateway(mac, ip);
        }
        if (mac == gatewayMac) {
            fact(server, Fact.GATEWAY, "DHCP server for the network (" + ip + ")", t);
        }
    }

    private void nextHop(long mac, Instant t) {
        if (nextHops.size() < 256 || nextHops.containsKey(mac)) {
            nextHops.merge(mac, 1, Integer::sum);
        }
        int n = nextHops.getOrDefault(mac, 0);
        if (n < settings.nextHopThreshold()) {
            return;
        }
        if (gatewayMac < 0 || (!gatewayConfirmed && mac != gatewayMac && n > nextHops.getOrDefault(gatewayMac, 0))) {
            // first learned, or a DHCP-server guess corrected by where the traffic really goes
            gatewayMac = mac;
            State s = stateByMac.get(mac);
            gatewayIp = s == null ? null : s.ips.keySet().stream().filter(ip -> ip.indexOf(':') < 0).findFirst().orElse(null);
            gatewayConfirmed = true;
            listener.gateway(gatewayMac, gatewayIp);
        } else if (mac == gatewayMac) {
            gatewayConfirmed = true;
        } else if (gatewayConfirmed) {
            reportMitm("gateway-mac-changed", mac, t, "traffic to the internet now also goes through " + Macs.format(mac)
                    + " (" + n + " flows) instead of the gateway " + Macs.format(gatewayMac));
        }
        if (mac == gatewayMac) {
            State s = stateByMac.get(mac);
            if (s != null) {
                fact(s, Fact.GATEWAY, "next hop to the internet", t);
            }
        }
    }

    private void reportMitm(String kind, long claiming, Instant t, String detail) {
        if (mitmReported.size() < 1024 && mitmReported.add(kind + ":" + claiming)) {
            listener.mitm(new Mitm(kind, gatewayIp, gatewayMac, claiming, t, detail));
        }
    }

    private void neighbor(NeighborMessage n, Instant t) {
        long mac = Macs.parse(n.senderMac());
        String ip = Ips.canonical(n.senderIp());
        switch (n.operation()) {
            case ARP_REQUEST, ARP_REPLY, NEIGHBOR_SOLICIT -> {
                State s = touch(mac, null, t);
                if (s != null && ip != null && !Ips.unassignable(ip)) {
                    claim(mac, ip, t, n.operation());
                    bind(s, ip, t);
                    if (mac == gatewayMac && gatewayIp == null && ip.indexOf(':') < 0) {
                        gatewayIp = ip;
                        listener.gateway(gatewayMac, gatewayIp);
                    }
                }
            }
            case NEIGHBOR_ADVERT -> {
                State s = touch(mac, null, t);
                String target = Ips.canonical(n.targetIp());
                if (s != null && target != null && !Ips.unassignable(target)) {
                    claim(mac, target, t, n.operation());
                    bind(s, target, t);
                }
            }
            case ROUTER_ADVERT -> {
                State s = touch(mac, null, t);
                if (s != null) {
                    if (ip != null) {
                        bind(s, ip, t);
                    }
                    if (gatewayMac < 0) {
                        gatewayMac = mac;
                        listener.gateway(mac, gatewayIp);
                    }
                    fact(s, Fact.GATEWAY, "sends IPv6 router advertisements", t);
                }
            }
            default -> touch(mac, null, t);
        }
    }

    /** A MAC says it has an address: alarming when the address is the gateway's and the MAC is not. */
    private void claim(long mac, String ip, Instant t, NeighborMessage.Operation op) {
        if (gatewayMac < 0 || mac == gatewayMac) {
            return;
        }
        State gw = stateByMac.get(gatewayMac);
        if (ip.equals(gatewayIp) || (gw != null && ipOwner.get(ip) == gw)) {
            reportMitm(ip.indexOf(':') >= 0 ? "nd-spoof" : "arp-spoof", mac, t, Macs.format(mac) + " claims the gateway address "
                    + ip + " that belongs to " + Macs.format(gatewayMac) + " (" + op + ")");
        }
    }

    private void dns(State s, DnsMessage m, Instant t) {
        if (!m.multicast()) {
            if (!m.response()) {
                List<DnsMessage.Question> qs = m.questions();
                for (int i = 0; i < qs.size() && i < MAX_QUESTIONS; i++) {
                    fact(s, Fact.DNS, qs.get(i).name(), t);
                }
            }
            return;
        }
        if (!m.response()) {
            return;
        }
        List<DnsMessage.Answer> as = m.answers();
        for (int i = 0; i < as.size() && i < MAX_ANSWERS; i++) {
            DnsMessage.Answer a = as.get(i);
            String name = Text.clean(a.name()).toLowerCase(Locale.ROOT);
            switch (a.type()) {
                case 12 -> { // PTR
                    String data = Text.clean(a.data());
                    if (name.equals("_services._dns-sd._udp.local")) {
                        service(s, serviceOf(data.toLowerCase(Locale.ROOT) + "."), t);
                    } else if (!name.endsWith(".arpa")) {
                        String svc = serviceOf(name);
                        if (svc != null) {
                            service(s, svc, t);
                            String inst = instanceOf(data, svc);
                            if (inst != null) {
                                fact(s, Fact.MDNS_NAME, inst, t);
                            }
                        }
                    }
                }
                case 33 -> { // SRV: instance -> host
                    service(s, serviceOf(name), t);
                    String[] p = a.data().split(" ");
                    if (p.length == 4) {
                        fact(s, Fact.MDNS_NAME, stripLocal(Text.clean(p[3])), t);
                    }
                }
                case 16 -> { // TXT
                    service(s, serviceOf(name), t);
                    List<String> txt = a.txt();
                    for (int j = 0; j < txt.size() && j < MAX_TXT; j++) {
                        String kv = Text.clean(txt.get(j), Text.MAX + 33);
                        int eq = kv.indexOf('=');
                        if (eq <= 0 || eq > 32) {
                            continue;
                        }
                        String key = kv.substring(0, eq).toLowerCase(Locale.ROOT);
                        if (!key.matches("[a-z0-9_.-]+")) {
                            continue;
                        }
                        fact(s, Fact.MDNS_TXT + key, kv.substring(eq + 1), t);
                    }
                }
                case 1, 28 -> { // A, AAAA
                    if (name.endsWith(".local")) {
                        fact(s, Fact.MDNS_NAME, stripLocal(Text.clean(a.name())), t);
                        String ip = Ips.canonical(a.data());
                        if (ip != null && Ips.local(ip)) {
                            bind(s, ip, t);
                        }
                    }
                }
                default -> { }
            }
        }
    }

    private void service(State s, String svc, Instant t) {
        if (svc == null) {
            return;
        }
        if (s.services.size() < MAX_SERVICES && s.services.add(svc)) {
            dirty.add(s);
        }
        fact(s, Fact.MDNS_SERVICE, svc, t);
    }

    /** @return {@code _x._tcp} from names ending in {@code _x._tcp.local} (any instance or subtype before it) */
    static String serviceOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (!n.endsWith(".local")) {
            return null;
        }
        n = n.substring(0, n.length() - 6);
        int proto = Math.max(n.lastIndexOf("._tcp"), n.lastIndexOf("._udp"));
        if (proto < 0 || proto + 5 != n.length()) {
            return null;
        }
        int start = n.lastIndexOf('.', proto - 1);
        String svc = n.substring(start + 1);
        return svc.startsWith("_") && svc.length() <= 64 ? svc : null;
    }

    private static String instanceOf(String data, String svc) {
        String d = data;
        int i = d.toLowerCase(Locale.ROOT).lastIndexOf("." + svc + ".local");
        if (i <= 0) {
            return null;
        }
        return Text.clean(d.substring(0, i), 64);
    }

    private static String stripLocal(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return h.toLowerCase(Locale.ROOT).endsWith(".local") ? h.substring(0, h.length() - 6) : h;
    }

    private void ssdp(State s, SsdpMessage m, Instant t) {
        if (m.kind() == SsdpMessage.Kind.M_SEARCH) {
            return;
        }
        m.server().ifPresent(v -> fact(s, Fact.SSDP_SERVER, v, t));
        m.target().ifPresent(v -> fact(s, Fact.SSDP_TYPE, v, t));
        m.usn().ifPresent(v -> fact(s, Fact.SSDP_USN, v, t));
        String loc = m.location().map(l -> Text.clean(l, 512)).orElse("");
        String ip = Ips.canonical(m.srcIp());
        if (!loc.isEmpty() && ip != null && s.facts.size() < MAX_FACTS && s.facts.add("ssdp-location\u0000" + loc)) {
            listener.upnpLocation(m.srcMac(), ip, loc);
        }
    }

    /** An answer to our own M-SEARCH, from {@code ip}: attributed to the device using that address. */
    public void ssdpAnswer(String ip, String server, String target, String location) {
        synchronized (lock) {
            String c = Ips.canonical(ip);
            State s = c == null ? null : ipOwner.get(c);
            if (s == null) {
                return; // not seen by capture yet: no MAC to hang it on
            }
            fact(s, Fact.SSDP_SERVER, server, now);
            fact(s, Fact.SSDP_TYPE, target, now);
            String loc = Text.clean(location, 512);
            if (!loc.isEmpty() && s.facts.size() < MAX_FACTS && s.facts.add("ssdp-location\u0000" + loc)) {
                listener.upnpLocation(s.macs.get(0), c, loc);
            }
        }
    }

    /** Facts from a UPnP description fetched for the device using {@code mac} (element names lower case). */
    public void upnp(long mac, Map<String, String> description) {
        synchronized (lock) {
            State s = stateByMac.get(mac);
            if (s == null) {
                return;
            }
            int n = 0;
            for (Map.Entry<String, String> e : description.entrySet()) {
                if (n++ >= 16) {
                    break;
                }
                String key = e.getKey().toLowerCase(Locale.ROOT);
                if (key.matches("[a-z]{1,32}")) {
                    fact(s, Fact.UPNP + key, e.getValue(), now);
                }
            }
        }
    }

    // ------------------------------------------------------------------ snapshots and events

    private void flushLocked(boolean end) {
        lastFlush = now;
        for (State s : states.values()) {
            if (s.online && Duration.between(s.lastSeen, now).compareTo(settings.idleTimeout()) > 0) {
                s.online = false;
                dirty.add(s);
                publish(s);
                if (s.announced) {
                    listener.offline(s.published);
                }
            } else if (s.published != null && s.lastSeen.isAfter(s.published.lastSeen()) && !dirty.contains(s)) {
                publish(s); // fresh last-seen time for readers, no event
                if (Duration.between(s.storedSeen, s.lastSeen).compareTo(STORE_SEEN_EVERY) >= 0) {
                    s.storedSeen = s.lastSeen;
                    listener.dirty(s.published, stored(s));
                }
            }
        }
        List<State> work = new ArrayList<>(dirty);
        dirty.clear();
        for (State s : work) {
            DeviceSnapshot before = s.announcedSnap;
            publish(s);
            DeviceSnapshot after = s.published;
            if (!s.announced) {
                s.announced = true;
                listener.added(after);
            } else if (after.identityDiffers(before)) {
                listener.changed(before, after);
                // A settled, well-supported identity that flips is reported; refinements of
                // weak guesses (a module maker's OUI giving way to the brand) are not.
                if (s.settled && before != null) {
                    if (before.type() != DeviceType.UNKNOWN && before.type() != after.type()
                            && before.typeConfidence() >= STRONG) {
                        listener.identityChanged(before, after, "type");
                    }
                    if (before.vendor().isPresent() && !before.vendor().equals(after.vendor())
                            && strongest(before, "vendor", before.vendor().get()) >= STRONG) {
                        listener.identityChanged(before, after, "vendor");
                    }
                }
            }
            s.announcedSnap = after;
            s.storedSeen = s.lastSeen;
            listener.dirty(after, stored(s));
        }
        for (State s : cameOnline) {
            if (s.online && s.published != null) {
                listener.online(s.published);
            }
        }
        cameOnline.clear();
        for (State s : states.values()) {
            if (!s.settled && s.announced && (end || Duration.between(s.firstSeen, now).compareTo(settings.settle()) >= 0)) {
                s.settled = true;
                publish(s);
                listener.newDevice(s.published);
            }
        }
    }

    private static double strongest(Device d, String attribute, String value) {
        double w = 0;
        for (Evidence e : d.evidence()) {
            if (e.attribute().equals(attribute) && e.value().equalsIgnoreCase(value)) {
                w = Math.max(w, e.weight());
            }
        }
        return w;
    }

    private void publish(State s) {
        if (s.identityDirty || s.identity == null) {
            s.identity = identifier.decideWithLines(s.evidence.values(), s.behaviour.conclusion());
            s.identityDirty = false;
        }
        Identity id = s.identity;
        List<String> macs = s.macs.stream().map(Macs::format).toList();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        id.evidence().stream().filter(e -> e.attribute().equals("name")).limit(16).forEach(e -> names.add(e.value()));
        // a device that names itself keeps its name; otherwise "vendor type" and the MAC's last three octets (the part
        // its maker numbers), so four Echos in one home are four names, stable across restarts
        String display = !names.isEmpty() ? names.iterator().next()
                : id.vendor() != null ? id.vendor() + (id.type() == DeviceType.UNKNOWN ? "" : " " + id.type().id()) + macTail(macs)
                : macs.isEmpty() ? s.id : macs.get(0);
        boolean randomized = !s.macs.isEmpty() && Macs.locallyAdministered(s.macs.get(0));
        String vendor = randomized && id.evidence().stream().noneMatch(e -> e.attribute().equals("vendor") && !e.source().equals("oui"))
                ? null : id.vendor();
        DeviceSnapshot snap = new DeviceSnapshot(s.id, macs, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(s.ips.keySet())),
                java.util.Collections.unmodifiableSet(new LinkedHashSet<>(names)), display, Optional.ofNullable(vendor), id.type(), Optional.ofNullable(id.model()),
                Optional.ofNullable(id.os()), id.typeConfidence(), randomized, s.firstSeen, s.lastSeen, s.online, id.evidence(),
                List.copyOf(s.software.values()));
        s.published = snap;
        snapById.put(s.id, snap);
        for (long m : s.macs) {
            snapByMac.put(m, snap);
        }
        for (String ip : s.ips.keySet()) {
            if (ipOwner.get(ip) == s) {
                snapByIp.put(ip, snap);
            }
        }
        servicesById.put(s.id, List.copyOf(s.services));
    }

    /** @return " 90:19:64" for 68:db:f5:90:19:64, or "" without a MAC */
    static String macTail(List<String> macs) {
        if (macs.isEmpty() || macs.get(0).length() < 8) {
            return "";
        }
        String m = macs.get(0);
        return " " + m.substring(m.length() - 8);
    }

    private Stored stored(State s) {
        return new Stored(s.id, s.macs.stream().map(Macs::format).toList(), List.copyOf(s.ips.keySet()), s.firstSeen,
                s.lastSeen, List.copyOf(s.clientIds), List.copyOf(s.services), List.copyOf(s.facts),
                List.copyOf(s.evidence.values()));
    }
}
