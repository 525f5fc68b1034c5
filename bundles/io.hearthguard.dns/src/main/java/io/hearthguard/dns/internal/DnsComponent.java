package io.hearthguard.dns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.platform.cli.Launch;
import io.hearthguard.platform.dns.DnsQueryLog;
import io.hearthguard.platform.traffic.MetadataFeed;
import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;

/**
 * The home's DNS forwarder with a sinkhole. Exists only when configured
 * ({@code config/io.hearthguard.dns.cfg} with at least one upstream): a hub that does not
 * serve the home's DNS never binds port 53. Block lists are read from folders and reloaded
 * when they change, without a restart; a list that cannot be read keeps the previous one.
 */
@Component(configurationPid = DnsComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {DnsQueryLog.class,
    MetricSource.class}, immediate = true)
@Designate(ocd = DnsComponent.Config.class)
public final class DnsComponent implements DnsQueryLog, MetricSource {
    static final String PID = "io.hearthguard.dns";
    /** EventAdmin topic posted when a blocked name is asked (properties client, name, list). */
    static final String TOPIC_BLOCKED = "io/hearthguard/dns/BLOCKED";
    private static final Logger LOG = Logger.getLogger(DnsComponent.class.getName());
    private static final long EVENT_REPEAT_NANOS = TimeUnit.MINUTES.toNanos(1);

    @ObjectClassDefinition(name = "Hearthguard DNS forwarder", description = "Forwards the home's DNS queries and answers blocked and threat-intel names with a sinkhole (docs/response.md).")
    public @interface Config {
        @AttributeDefinition(name = "Listen on", description = "Address:port pairs, e.g. 192.168.1.1:53. Port 53 needs CAP_NET_BIND_SERVICE. Never a WAN address: only the allowed clients are answered anyway.")
        String[] listen() default {"127.0.0.1:53"};

        @AttributeDefinition(name = "Upstreams", description = "Tried in order: 192.0.2.53, 192.0.2.53:5300, [2001:db8::53]:53, or tls://192.0.2.53:853#dns.example for DNS over TLS. Literal addresses only.")
        String[] upstreams();

        @AttributeDefinition(name = "Block-list folders", description = "Empty: <hearthguard.data>/dns/blocklists and the threat-intel folder <hearthguard.data>/threatintel. Hosts files or one name per line; files named allow* list names never blocked.")
        String[] blocklistDirectories() default {};

        @AttributeDefinition(name = "Sinkhole answer", options = {
            @org.osgi.service.metatype.annotations.Option(label = "NXDOMAIN (the name does not exist)", value = "nxdomain"),
            @org.osgi.service.metatype.annotations.Option(label = "0.0.0.0 / :: (the name points nowhere)", value = "null")})
        String sinkhole() default "nxdomain";

        @AttributeDefinition(name = "Sinkhole TTL (s)", min = "0", max = "86400")
        int sinkholeTtl() default 60;

        @AttributeDefinition(name = "Allowed clients", description = "Address prefixes answered; others get no answer (no open resolver).")
        String[] allowedClients() default {"127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
            "::1/128", "fc00::/7", "fe80::/10"};

        @AttributeDefinition(name = "Queries per second per client", min = "1", max = "100000")
        int ratePerClient() default 200;

        @AttributeDefinition(name = "Burst per client", min = "1", max = "100000")
        int burstPerClient() default 400;

        @AttributeDefinition(name = "Clients remembered for rate limits", min = "1", max = "1000000")
        int maxClients() default 4096;

        @AttributeDefinition(name = "Queries waiting for an upstream at most", min = "1", max = "100000")
        int maxInFlight() default 512;

        @AttributeDefinition(name = "Upstream timeout (ms)", min = "100", max = "30000")
        int timeoutMillis() default 2000;

        @AttributeDefinition(name = "TCP connections at most", min = "1", max = "10000")
        int maxTcpConnections() default 64;

        @AttributeDefinition(name = "TCP idle timeout (ms)", min = "100", max = "120000")
        int tcpIdleMillis() default 10_000;

        @AttributeDefinition(name = "Check block lists for changes every (s)", min = "1", max = "86400")
        int reloadSeconds() default 5;

        @AttributeDefinition(name = "Queries kept in the query log", min = "1", max = "1000000")
        int queryLogSize() default 10_000;

        @AttributeDefinition(name = "Trusted CA file for DNS over TLS", description = "PEM certificates; empty: the Java trust store.")
        String tlsTrustFile() default "";

        @AttributeDefinition(name = "Show queries to discovery and the protections",
                description = "Hand every query and answer to capture's observers as if captured (device names, threat intelligence). Off only when live capture already sees this forwarder's clients and you want each query once.")
        boolean feedObservers() default true;
    }

    private final Forwarder forwarder;
    private final boolean feedObservers;
    private MetadataFeed feed;
    private final QueryLog log;
    private final List<Upstream> upstreams;
    private final List<Path> folders = new ArrayList<>();
    private final ScheduledExecutorService reloader;
    private final EventAdmin events;
    private final Map<String, Long> lastEvent = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 4096;
        }
    };
    private volatile Blocklist lists = Blocklist.EMPTY;
    private volatile long reloads;
    private volatile long reloadFailures;

    @Activate
    public DnsComponent(Config c, BundleContext bc,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) EventAdmin events)
            throws IOException {
        this(c, Launch.dataDirectory(bc::getProperty), events);
    }

    DnsComponent(Config c, Path dataDirectory, EventAdmin events) throws IOException {
        this.events = events;
        this.feedObservers = c.feedObservers();
        check(c.sinkholeTtl(), 0, 86_400, "sinkholeTtl");
        check(c.ratePerClient(), 1, 100_000, "ratePerClient");
        check(c.burstPerClient(), c.ratePerClient(), 100_000, "burstPerClient (at least ratePerClient)");
        check(c.maxClients(), 1, 1_000_000, "maxClients");
        check(c.maxInFlight(), 1, 100_000, "maxInFlight");
        check(c.timeoutMillis(), 100, 30_000, "timeoutMillis");
        check(c.maxTcpConnections(), 1, 10_000, "maxTcpConnections");
        check(c.tcpIdleMillis(), 100, 120_000, "tcpIdleMillis");
        check(c.reloadSeconds(), 1, 86_400, "reloadSeconds");
        check(c.queryLogSize(), 1, 1_000_000, "queryLogSize");
        Forwarder.Sinkhole sinkhole = switch (c.sinkhole().trim().toLowerCase(Locale.ROOT)) {
            case "nxdomain" -> Forwarder.Sinkhole.NXDOMAIN;
            case "null", "0.0.0.0" -> Forwarder.Sinkhole.NULL_ADDRESS;
            default -> throw new IllegalArgumentException(PID + ": sinkhole must be 'nxdomain' or 'null', was '" + c.sinkhole() + "'");
        };
        List<InetSocketAddress> listen = new ArrayList<>();
        for (String l : values(c.listen())) {
            if (!l.isBlank()) {
                Upstream.Spec s = Upstream.parse("listen", l);
                listen.add(s.address());
            }
        }
        if (listen.isEmpty()) {
            throw new IllegalArgumentException(PID + ": listen names no address");
        }
        List<String> ups = values(c.upstreams());
        List<Upstream.Spec> specs = new ArrayList<>();
        for (String u : ups) {
            if (!u.isBlank()) {
                Upstream.Spec s = Upstream.parse(u);
                if (listen.contains(s.address())) {
                    throw new IllegalArgumentException(PID + ": upstream " + s.describe() + " is the forwarder itself (a loop)");
                }
                specs.add(s);
            }
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException(PID + ": at least one upstream is needed, e.g. upstreams=192.0.2.53");
        }
        Duration timeout = Duration.ofMillis(c.timeoutMillis());
        this.log = new QueryLog(c.queryLogSize());
        SSLContext tls = specs.stream().anyMatch(Upstream.Spec::tls) ? tlsContext(c.tlsTrustFile()) : null;
        this.upstreams = new ArrayList<>();
        try {
            for (Upstream.Spec s : specs) {
                upstreams.add(s.tls() ? new TlsUpstream(s, tls, timeout, 4, c.maxInFlight()) : new UdpUpstream(s, timeout));
            }
            this.forwarder = start(c, dataDirectory, listen, sinkhole, timeout);
        } catch (IOException | RuntimeException e) {
            upstreams.forEach(Upstream::close);
            // said here too: a component's activation failure reaches /api/health but not the hub's log file
            LOG.log(Level.SEVERE, "DNS forwarder not started: " + e.getMessage());
            throw e;
        }
        this.reloader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hearthguard-dns-lists");
            t.setDaemon(true);
            return t;
        });
        reloader.scheduleWithFixedDelay(this::reloadIfChanged, c.reloadSeconds(), c.reloadSeconds(), TimeUnit.SECONDS);
        LOG.info("DNS forwarder listening on " + forwarder.bound() + ", upstream " + specs.stream().map(Upstream.Spec::describe).toList() + ", "
                + lists.size() + " blocked names");
    }

    private Forwarder start(Config c, Path dataDirectory, List<InetSocketAddress> listen, Forwarder.Sinkhole sinkhole, Duration timeout)
            throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String d : values(c.blocklistDirectories())) {
            if (!d.isBlank()) {
                dirs.add(Path.of(d.trim()));
            }
        }
        if (dirs.isEmpty()) {
            dirs.add(dataDirectory.resolve("dns").resolve("blocklists"));
            dirs.add(dataDirectory.resolve("threatintel"));
        }
        folders.addAll(dirs);
        reload();
        Forwarder.Settings settings = new Forwarder.Settings(listen, Networks.parse(values(c.allowedClients()).toArray(String[]::new)), sinkhole, c.sinkholeTtl(),
                c.maxInFlight(), timeout, c.maxTcpConnections(), Duration.ofMillis(c.tcpIdleMillis()));
        Forwarder f = new Forwarder(settings, upstreams, () -> lists, new ClientLimiter(c.ratePerClient(), c.burstPerClient(), c.maxClients()),
                log, this::blocked);
        f.start();
        return f;
    }

    /**
     * The entries of a list setting. A plain {@code .cfg} file gives one string: commas
     * separate the entries there, and a typed-looking {@code ["a","b"]} is read the same way.
     */
    static List<String> values(String[] raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String r : raw) {
            String t = r.trim();
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1);
            }
            for (String part : t.split(",")) {
                String v = part.trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1).trim();
                }
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static void check(int v, int min, int max, String name) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(PID + ": " + name + " must be between " + min + " and " + max + ", was " + v);
        }
    }

    private static SSLContext tlsContext(String trustFile) throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            if (trustFile == null || trustFile.isBlank()) {
                ctx.init(null, null, null);
                return ctx;
            }
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            try (InputStream in = Files.newInputStream(Path.of(trustFile.trim()))) {
                int i = 0;
                for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    ks.setCertificateEntry("ca" + i++, cert);
                }
                if (i == 0) {
                    throw new IOException(trustFile + ": no certificate in the file");
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException(PID + ": tlsTrustFile " + trustFile + ": " + e.getMessage(), e);
        }
    }

    private void reload() throws IOException {
        Blocklist next = Blocklist.load(folders);
        lists = next;
        reloads++;
        if (next.problemCount() > 0) {
            LOG.warning("DNS block lists: " + next.problemCount() + " problems, first: " + next.problems());
        }
    }

    private void reloadIfChanged() {
        try {
            if (!Blocklist.signatureOf(folders).equals(lists.signature())) {
        reload();
                LOG.info("DNS block lists reloaded: " + lists.size() + " blocked names from " + lists.files().size() + " files");
            }
        } catch (IOException | RuntimeException e) {
            reloadFailures++;
            LOG.log(Level.WARNING, "DNS block lists not reloaded, the previous ones stay in force: " + e.getMessage());
        }
    }

    private void blocked(DnsQueryLog.Query q) {
        if (events == null) {
            return;
        }
        String key = q.client() + ' ' + q.name();
        long now = System.nanoTime();
        synchronized (lastEvent) {
            Long last = lastEvent.get(key);
            if (last != null && now - last < EVENT_REPEAT_NANOS) {
                return;
            }
            lastEvent.put(key, now);
        }
        events.postEvent(new Event(TOPIC_BLOCKED, Map.of("client", q.client(), "name", q.name(), "list", q.list())));
    }

    /** @return the addresses the forwarder is bound to (tests, diagnostics) */
    List<InetSocketAddress> bound() {
        return forwarder.bound();
    }

    Blocklist lists() {
        return lists;
    }

    /** Capture's feed, when the capture bundle runs; queries reach discovery and the protections through it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    synchronized void setFeed(MetadataFeed f) {
        feed = f;
        if (feedObservers) {
            forwarder.tap((time, from, to, message) -> f.offerDns(time, from, to, message, 0, message.length));
        }
    }

    synchronized void unsetFeed(MetadataFeed f) {
        if (feed == f) { // a replacement may have been bound first
            feed = null;
            forwarder.tap(null);
        }
    }

    @Deactivate
    void deactivate() {
        reloader.shutdownNow();
        forwarder.close();
        upstreams.forEach(Upstream::close);
    }

    @Override
    public List<Query> recent(int limit) {
        return log.recent(limit);
    }

    @Override
    public List<Query> byClient(String client, int limit) {
        return log.byClient(client, limit);
    }

    @Override
    public void collect(MetricSink sink) {
        Forwarder.Counters k = forwarder.counters();
        String help = "DNS queries answered by the hub's forwarder, by what it did";
        sink.counter("hearthguard_dns_queries_total", help, k.forwarded.sum(), "verdict", "forwarded");
        sink.counter("hearthguard_dns_queries_total", help, k.blocked.sum(), "verdict", "blocked");
        sink.counter("hearthguard_dns_queries_total", help, k.failed.sum(), "verdict", "failed");
        sink.counter("hearthguard_dns_queries_total", help, k.malformed.sum(), "verdict", "malformed");
        sink.counter("hearthguard_dns_queries_total", help, k.refused.sum(), "verdict", "refused");
        String drop = "DNS queries not answered to protect the hub, by reason";
        sink.counter("hearthguard_dns_dropped_total", drop, k.rateLimited.sum(), "reason", "client_rate");
        sink.counter("hearthguard_dns_dropped_total", drop, k.overloaded.sum(), "reason", "in_flight_limit");
        sink.counter("hearthguard_dns_dropped_total", drop, k.tcpRejected.sum(), "reason", "tcp_connection_limit");
        sink.counter("hearthguard_dns_upstream_failures_total", "Upstream attempts that failed or timed out", k.upstreamFailures.sum());
        sink.gauge("hearthguard_dns_in_flight", "DNS queries waiting for an upstream", forwarder.inFlight());
        sink.gauge("hearthguard_dns_blocked_names", "Names on the forwarder's block lists", lists.size());
        sink.counter("hearthguard_dns_list_reloads_total", "Block-list loads", reloads);
        sink.counter("hearthguard_dns_list_reload_failures_total", "Block-list reloads that failed (the previous lists stayed)", reloadFailures);
    }
}
