package io.hearthguard.discovery.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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
import org.osgi.util.tracker.BundleTracker;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceEvents;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.platform.cli.Launch;
import io.hearthguard.platform.device.DeviceAdmin;
import io.hearthguard.platform.store.Store;
import io.hearthguard.platform.traffic.ObserverCompletion;

/**
 * The device inventory service: a {@link TrafficObserver} for capture's metadata and flows
 * and the hub's {@link DeviceInventory}. The capture thread only hands each record to the
 * {@link Feed}, whose own thread runs the engine; events, findings and store writes run on
 * the component's worker thread.
 *
 * <p>Reads are exact for the threads that feed a file (and for any other thread that is not
 * a live capture's): they see the inventory as if the engine had run inline, after every
 * record put so far (see {@link #byMacBits}). A live capture's thread never waits for
 * discovery: it reads what the engine has concluded so far, and records that do not fit the
 * feed are dropped and counted ({@link #feedDropped()}, logged, and on {@code /metrics}).
 *
 * <p>Vendor bundles add rules with the manifest header {@value #RULES_HEADER} listing rules
 * resources inside the bundle (comma separated), see docs/discovery.md.
 */
@Designate(ocd = DiscoveryComponent.Config.class)
@Component(service = {DeviceInventory.class, TrafficObserver.class, DeviceAdmin.class}, configurationPid = "io.hearthguard.discovery",
        property = {TrafficObserver.PROP_STREAMS + "=" + TrafficObserver.STREAM_METADATA,
                TrafficObserver.PROP_STREAMS + "=" + TrafficObserver.STREAM_FLOW})
public final class DiscoveryComponent implements DeviceInventory, TrafficObserver, ObserverCompletion, DeviceAdmin {

    /** Manifest header naming rules resources in a vendor bundle. */
    public static final String RULES_HEADER = "Hearthguard-Discovery-Rules";

    private static final Logger LOG = Logger.getLogger(DiscoveryComponent.class.getName());

    /** Configuration (PID {@code io.hearthguard.discovery}). */
    @ObjectClassDefinition(name = "Hearthguard discovery", description = "Device inventory and identification")
    public @interface Config {
        @AttributeDefinition(description = "Folder with the IEEE registries oui.csv, mam.csv, oui36.csv (Debian ieee-data)")
        String ouiDirectory() default "/usr/share/ieee-data";

        @AttributeDefinition(description = "Folders with DHCP fingerprint databases (Fingerbank dhcp_fingerprints.conf, Satori dhcp.xml); the data directory's fingerprints/ folder is read too")
        String[] fingerprintDirectories() default {};

        @AttributeDefinition(description = "Folder with extra *.rules files; empty for none")
        String rulesDirectory() default "";

        @AttributeDefinition(description = "Seconds of capture time without traffic before a device is offline", min = "10")
        int idleTimeoutSeconds() default 600;

        @AttributeDefinition(description = "Seconds of capture time to gather evidence before reporting a new device", min = "0")
        int settleSeconds() default 30;

        @AttributeDefinition(description = "Most devices kept; the oldest offline one makes room", min = "16")
        int maxDevices() default 4096;

        @AttributeDefinition(description = "Fetch UPnP descriptions that devices announce over SSDP (live capture only, own address only)")
        boolean activeDiscovery() default true;

        @AttributeDefinition(description = "IPv4 subnets (CIDR, /16 or smaller) active discovery may reach; empty: the subnets of the live capture interface")
        String[] activeSubnets() default {};
    }

    static final long LOAD_WAIT_SECONDS = 60;
    private final InventoryEngine engine;
    private final Feed feed;
    /** Threads running a live session now: they never wait for the feed, and drop what does not fit. */
    private volatile Thread[] liveThreads = new Thread[0];
    private long feedDroppedReported;
    private final ScheduledThreadPoolExecutor worker;
    private final DeviceStore deviceStore;
    private final Map<String, InventoryEngine.Stored> pendingWrites = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Map<Long, RuleSet> bundleRules = new ConcurrentHashMap<>();
    private final BundleTracker<Long> tracker;
    private final Config config;
    private final Path cacheDir;
    /** {@link #DATA_FINGERPRINTS} in the data directory. */
    private final Path dataFingerprints;
    private volatile RuleSet baseRules = RuleSet.empty();
    private volatile OuiRegistry oui = OuiRegistry.empty();
    private volatile DhcpFingerprints fingerprints = DhcpFingerprints.empty();
    private volatile UserAgentFingerprints userAgents = UserAgentFingerprints.empty();
    private volatile String[] pendingGateway;
    private volatile boolean closing;
    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    private volatile UpnpFetcher fetcher;
    private volatile ScheduledFuture<?> search;
    private final ThreadPoolExecutor active;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile FindingService findings;

    @Activate
    public DiscoveryComponent(Config config, BundleContext context,
            @Reference(name = "store", cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) Store store) {
        if (config.idleTimeoutSeconds() < 10 || config.settleSeconds() < 0 || config.maxDevices() < 16) {
            throw new IllegalArgumentException("io.hearthguard.discovery: idleTimeoutSeconds must be >= 10, settleSeconds >= 0, maxDevices >= 16");
        }
        if (config.activeSubnets().length > 0) {
            Subnets.of(List.of(config.activeSubnets())); // names the bad entry: "activeSubnets ..."
        }
        this.config = config;
        this.cacheDir = cacheDirectory(context::getProperty);
        this.dataFingerprints = Launch.dataDirectory(context::getProperty).resolve(DATA_FINGERPRINTS);
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "hearthguard-discovery");
            t.setDaemon(true);
            return t;
        });
        this.worker.setRemoveOnCancelPolicy(true);
        this.active = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "hearthguard-discovery-upnp");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
        this.active.allowCoreThreadTimeOut(true);
        InventoryEngine.Settings settings = new InventoryEngine.Settings(Duration.ofSeconds(config.idleTimeoutSeconds()),
                Duration.ofSeconds(config.settleSeconds()), config.maxDevices(), 5);
        this.engine = new InventoryEngine(builtIn(() -> new Identifier(OuiRegistry.empty(), DhcpFingerprints.empty(), RuleSources.builtIn())),
                settings, new Dispatch());
        this.feed = new Feed(engine);
        this.deviceStore = store == null ? null : new DeviceStore(store);
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE | Bundle.STARTING, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(RULES_HEADER);
                if (header == null) {
                    return null;
                }
                later(() -> loadBundleRules(bundle, header));
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                if (closing) {
                    return; // shutting down: keep what the vendor's rules concluded, as stored
                }
                later(() -> {
                    if (bundleRules.remove(id) != null) {
                        applyRules();
                    }
                });
            }
        };
        later(this::start);
        worker.scheduleWithFixedDelay(this::writePending, 2, 2, TimeUnit.SECONDS);
    }

    /**
     * Folder of the data directory read for fingerprint databases besides {@code fingerprintDirectories}: databases
     * put here need no setting at all, in the hub or in a command.
     */
    static final String DATA_FINGERPRINTS = "fingerprints";

    /** @return the configured fingerprint folders, then the data directory's own when it exists and is not among them */
    static List<Path> fingerprintDirectories(String[] configured, Path dataFolder) {
        List<Path> dirs = new ArrayList<>();
        for (String d : configured) {
            if (d != null && !d.isBlank()) {
                dirs.add(Path.of(d.strip()));
            }
        }
        if (dataFolder != null && Files.isDirectory(dataFolder)
                && dirs.stream().noneMatch(d -> d.toAbsolutePath().normalize().equals(dataFolder.toAbsolutePath().normalize()))) {
            dirs.add(dataFolder);
        }
        return dirs;
    }

    /**
     * Reads what ships inside this bundle (the rules, the lexicon). An error there is a build error and the component
     * cannot start; SCR would report only "Service factory returned null", so the error is logged here first, naming the
     * file, the line and what is wrong.
     */
    static <T> T builtIn(java.util.function.Supplier<T> load) {
        try {
            return load.get();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "discovery: not started: " + e.getMessage(), e);
            throw e;
        }
    }

    /**
     * Framework property naming the folder of prepared data that can be rebuilt from its
     * source at any time (the OUI index); the launcher keeps one across commands. Without it:
     * {@code cache/} in the data directory.
     */
    static final String CACHE_DIR = "hearthguard.cache";

    static Path cacheDirectory(java.util.function.UnaryOperator<String> property) {
        String dir = property.apply(CACHE_DIR);
        return dir != null && !dir.isBlank() ? Path.of(dir) : Launch.dataDirectory(property).resolve("cache");
    }

    /** Loads registries, fingerprints, rules and stored devices, then follows vendor bundles. */
    private void start() {
        try {
            load();
        } finally {
            started.countDown();
        }
    }

    private void load() {
        List<String> problems = new ArrayList<>();
        try {
            oui = OuiRegistry.cached(Path.of(config.ouiDirectory()), cacheDir);
        } catch (Exception e) {
            problems.add(config.ouiDirectory() + ": " + e);
        }
        List<Path> dirs = fingerprintDirectories(config.fingerprintDirectories(), dataFingerprints);
        fingerprints = DhcpFingerprints.load(dirs, problems);
        userAgents = UserAgentFingerprints.load(dirs, problems);
        RuleSet rules = RuleSources.builtIn();
        if (!config.rulesDirectory().isBlank()) {
            rules = rules.plus(RuleSources.directory(Path.of(config.rulesDirectory()), problems));
        }
        baseRules = rules;
        problems.forEach(p -> LOG.warning("discovery: " + p));
        applyRules();
        if (deviceStore != null) {
            try {
                deviceStore.migrate();
                String[] gw = deviceStore.gateway();
                engine.restore(deviceStore.load(), gw == null ? -1 : Macs.parse(gw[0]), gw == null ? null : gw[1]);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "discovery: stored devices could not be loaded; continuing in memory", e);
            }
        }
        synchronized (this) {
            if (!closing) {
                tracker.open();
            }
        }
    }

    /** @return true once registries, rules and stored devices are loaded (waits up to {@code max}) */
    boolean awaitStarted(Duration max) throws InterruptedException {
        return started.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void loadBundleRules(Bundle bundle, String header) {
        RuleSet set = RuleSet.empty();
        for (String path : header.split(",")) {
            String p = path.strip();
            URL url = p.isEmpty() ? null : bundle.getEntry(p);
            if (url == null) {
                LOG.warning("discovery: " + bundle.getSymbolicName() + " names missing rules resource '" + p + "'");
                continue;
            }
            try (InputStream in = url.openStream()) {
                set = set.plus(RuleSet.parse(new BoundedInput(in, RuleSources.MAX_FILE), bundle.getSymbolicName() + "/" + p));
            } catch (Exception e) {
                LOG.warning("discovery: rules of " + bundle.getSymbolicName() + " rejected: " + e.getMessage());
            }
        }
        bundleRules.put(bundle.getBundleId(), set);
        applyRules();
    }

    private void applyRules() {
        RuleSet all = baseRules;
        for (RuleSet r : new TreeMap<>(bundleRules).values()) {
            all = all.plus(r);
        }
        engine.identifier(new Identifier(oui, fingerprints, all, userAgents));
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            closing = true;
        }
        tracker.close();
        try {
            if (!feed.stop(5_000)) {
                LOG.warning("discovery: the feed thread did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        engine.flush(false);
        fetcher = null;
        active.shutdownNow();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
            active.awaitTermination(6, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        writePending();
    }

    // ---------------------------------------------------------------- TrafficObserver

    /**
     * A capture waits here until the registries, fingerprints and rules are loaded (issue 13
     * #11: under load, a short capture used to be identified before they were, so the same
     * file gave other results). Bounded: after {@value #LOAD_WAIT_SECONDS} s it goes on without.
     */
    @Override
    public void sessionStarted(CaptureSession session) {
        // Identify with the registries and fingerprints, not without them: a short capture
        // would otherwise be over before they are loaded, and its devices stay unnamed.
        try {
            if (!started.await(LOAD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("discovery: registries and rules still loading after " + LOAD_WAIT_SECONDS + " s; this capture starts without them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        liveThread(Thread.currentThread(), session != null && session.live());
        if (!config.activeDiscovery() || session == null || !session.live()) {
            fetcher = null; // analysing a file: never reach out
            return;
        }
        Subnets nets;
        try {
            nets = config.activeSubnets().length > 0 ? Subnets.of(List.of(config.activeSubnets()))
                    : Subnets.ofInterface(session.source());
        } catch (IllegalArgumentException e) {
            LOG.warning("discovery: active discovery off: " + e.getMessage());
            nets = Subnets.none();
        }
        fetcher = nets.isEmpty() ? null : new UpnpFetcher(nets, Duration.ofHours(1), System::nanoTime);
        if (fetcher != null) {
            scheduleSearch(session.source(), nets);
        }
    }

    /** Asks the capture link 5 s after the session starts and every 15 minutes while it lasts. */
    private void scheduleSearch(String interfaceName, Subnets nets) {
        ScheduledFuture<?> old = search;
        if (old != null) {
            old.cancel(false);
        }
        search = worker.scheduleWithFixedDelay(() -> active.execute(() -> searchOnce(interfaceName, nets, Duration.ofSeconds(3))), 5, 900,
                TimeUnit.SECONDS);
    }

    /**
     * Asks the link once: an mDNS query (capture sees the multicast answers) and an SSDP
     * M-SEARCH whose answers are fed to the engine. Runs on the active-discovery thread.
     */
    void searchOnce(String interfaceName, Subnets nets, Duration wait) {
        try {
            NetworkInterface nif = NetworkInterface.getByName(interfaceName);
            InetAddress local = nif == null ? null : SsdpSearch.localAddress(nif, nets);
            if (local == null) {
                return;
            }
            try {
                MdnsQuery.send(nif, local);
            } catch (IOException e) {
                LOG.fine(() -> "discovery: mDNS query on " + interfaceName + " failed: " + e);
            }
            for (SsdpSearch.Response r : SsdpSearch.search(nif, local, nets, wait)) {
                engine.ssdpAnswer(r.ip(), r.header("SERVER"), r.header("ST"), r.header("LOCATION"));
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "discovery: M-SEARCH on " + interfaceName + " failed: " + e);
        }
    }

    @Override
    public void sessionEnded(CaptureSession session) {
        ScheduledFuture<?> s = search;
        if (s != null) {
            s.cancel(false);
        }
        if (!feed.run(() -> engine.flush(true))) {
            engine.flush(true); // stopping: the feed thread is gone
        }
        liveThread(Thread.currentThread(), false);
    }

    private synchronized void liveThread(Thread t, boolean live) {
        List<Thread> l = new ArrayList<>(List.of(liveThreads));
        l.remove(t);
        if (live) {
            l.add(t);
        }
        liveThreads = l.toArray(new Thread[0]);
    }

    /** @return true on a thread running a live session now (it never waits for the feed) */
    private boolean onLiveThread() {
        Thread[] l = liveThreads;
        if (l.length == 0) {
            return false;
        }
        Thread me = Thread.currentThread();
        for (Thread t : l) {
            if (t == me) {
                return true;
            }
        }
        return false;
    }

    /** Reads outside the feed and live threads see every record put so far (fed on this thread if need be). */
    private void catchUp() {
        if (!onLiveThread()) {
            feed.catchUp();
        }
    }

    /** @return records of live sessions dropped because the feed was full */
    long feedDropped() {
        return feed.dropped();
    }

    /** For tests: the hand-off from capture. */
    Feed feed() {
        return feed;
    }

    /** For tests: the engine's identifier (rules and registries as loaded). */
    Identifier identifier() {
        return engine.identifier();
    }

    /**
     * Records are fed to the engine on the feed thread, and findings (new device, identity
     * changed, MITM) are published on the discovery worker: completes once every record put
     * before this call has been fed and everything that queued on the worker has run, so
     * {@code analyze} reports them.
     */
    @Override
    public java.util.concurrent.CompletionStage<Void> completed() {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Runnable behindWorker = () -> {
            try {
                worker.execute(() -> done.complete(null)); // zero delay: runs after the work queued before it
            } catch (java.util.concurrent.RejectedExecutionException e) {
                done.complete(null); // stopping: nothing more will run
            }
        };
        if (!feed.run(behindWorker)) {
            behindWorker.run(); // stopping: the feed thread is gone
        }
        return done;
    }

    /** For tests: active discovery within the given subnets, as for a live session. */
    void activeSubnets(Subnets nets) {
        fetcher = new UpnpFetcher(nets, Duration.ofHours(1), System::nanoTime);
    }

    @Override
    public void metadata(TrafficMetadata record) {
        feed.metadata(record, onLiveThread());
    }

    @Override
    public void flow(FlowRecord flow) {
        feed.flow(flow, onLiveThread());
    }

    @Override
    public void tick(long nowNanos) {
        feed.tick(nowNanos, onLiveThread());
    }


    // ---------------------------------------------------------------- DeviceInventory

    @Override
    public List<Device> devices() {
        catchUp();
        return engine.devices();
    }

    @Override
    public Optional<Device> byId(String id) {
        catchUp();
        return engine.byId(id);
    }

    /** The family's "Forget it": out of memory now, out of the store on the worker (also when it was never announced). */
    @Override
    public boolean forget(String deviceId) {
        boolean known = engine.forget(java.util.Objects.requireNonNull(deviceId, "deviceId"));
        if (known) {
            pendingWrites.remove(deviceId);
            later(() -> {
                if (deviceStore != null) {
                    deviceStore.delete(deviceId);
                }
            });
            LOG.info(() -> "discovery: device " + deviceId + " forgotten at the family's request");
        }
        return known;
    }

    @Override
    public Optional<Device> byMac(String mac) {
        catchUp();
        return engine.byMac(mac);
    }

    @Override
    public Optional<Device> byIp(String ip) {
        catchUp();
        return engine.byIp(ip);
    }

    /**
     * The protection host asks this for the device of every record, on the capture thread, right
     * after discovery was handed the same record. Outside a live capture the answer is the one
     * the engine would give had it run inline, without waiting for the feed in the usual case.
     * A device the engine published stays the same object until (see {@link InventoryEngine}):
     * a flush (a tick, the session's end), a merge (a DHCP message), or an eviction (the
     * inventory full); a MAC without a device may get one from any record. So the caller
     * catches up (feeds the rest of the feed itself, see {@link Feed#catchUp}) only when a tick
     * or DHCP message is still in the feed, when the MAC has no device yet, or when the pending
     * records could fill the inventory; otherwise the device found is already the final one.
     */
    @Override
    public Device byMacBits(long mac) {
        if (feed.behind() && !feed.isFeedThread() && !onLiveThread()) {
            if (!feed.barrierPending()) {
                Device d = engine.byMacBits(mac);
                // each pending record creates at most two devices (a flow's two ends)
                if (d != null && engine.size() + 2 * feed.pending() < config.maxDevices()) {
                    return d;
                }
            }
            feed.catchUp();
        }
        return engine.byMacBits(mac);
    }

    // ---------------------------------------------------------------- off the capture thread

    private void later(Runnable r) {
        if (worker.isShutdown() || worker.getQueue().size() >= 10_000) {
            dropped.incrementAndGet();
            return;
        }
        worker.execute(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "discovery: " + e.getMessage(), e);
            }
        });
    }

    private void writePending() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warning("discovery: " + lost + " events or findings dropped: the worker queue was full");
        }
        long fed = feed.dropped();
        if (fed > feedDroppedReported) {
            LOG.warning("discovery: " + (fed - feedDroppedReported) + " live records dropped: the inventory fell "
                    + Feed.CAPACITY + " records behind the capture (" + fed + " in all)");
            feedDroppedReported = fed;
        }
        if (deviceStore == null || (pendingWrites.isEmpty() && pendingGateway == null)) {
            pendingWrites.clear();
            return;
        }
        List<InventoryEngine.Stored> batch = new ArrayList<>();
        for (String id : new ArrayList<>(pendingWrites.keySet())) {
            InventoryEngine.Stored s = pendingWrites.remove(id);
            if (s != null) {
                batch.add(s);
            }
        }
        String[] gw = pendingGateway;
        pendingGateway = null;
        try {
            deviceStore.save(batch, gw == null ? null : gw[0], gw == null ? null : gw[1]);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "discovery: could not store " + batch.size() + " devices; will retry", e);
            for (InventoryEngine.Stored s : batch) {
                pendingWrites.putIfAbsent(s.id(), s);
            }
            if (pendingGateway == null) {
                pendingGateway = gw;
            }
        }
    }

    private void post(String topic, Device d) {
        EventAdmin ea = eventAdmin;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put(DeviceEvents.PROP_DEVICE_ID, d.id());
        props.put(DeviceEvents.PROP_DEVICE_TYPE, d.type().id());
        if (!d.macs().isEmpty()) {
            props.put(DeviceEvents.PROP_DEVICE_MAC, d.macs().get(0));
        }
        ea.postEvent(new Event(topic, props));
    }

    private void publish(Finding f) {
        FindingService fs = findings;
        if (fs != null) {
            fs.publish(f);
        }
    }

    /** Engine callbacks: runs under the engine lock, so everything is handed to the worker. */
    private final class Dispatch implements InventoryEngine.Listener {
        @Override
        public void added(Device d) {
            later(() -> post(DeviceEvents.TOPIC_ADDED, d));
        }

        @Override
        public void changed(Device before, Device after) {
            later(() -> post(DeviceEvents.TOPIC_CHANGED, after));
        }

        @Override
        public void online(Device d) {
            later(() -> post(DeviceEvents.TOPIC_ONLINE, d));
        }

        @Override
        public void offline(Device d) {
            later(() -> post(DeviceEvents.TOPIC_OFFLINE, d));
        }

        @Override
        public void removed(Device d) {
            pendingWrites.remove(d.id());
            later(() -> {
                post(DeviceEvents.TOPIC_REMOVED, d);
                if (deviceStore != null) {
                    deviceStore.delete(d.id());
                }
            });
        }

        @Override
        public void newDevice(Device d) {
            later(() -> publish(Findings.newDevice(d)));
        }

        @Override
        public void identityChanged(Device before, Device after, String what) {
            later(() -> publish(Findings.identityChanged(before, after, what)));
        }

        @Override
        public void mitm(InventoryEngine.Mitm alert) {
            Device claimer = engine.byMacBits(alert.claimingMac());
            later(() -> publish(Findings.mitm(alert, claimer)));
        }

        @Override
        public void dirty(Device device, InventoryEngine.Stored stored) {
            if (deviceStore != null) {
                pendingWrites.put(stored.id(), stored);
            }
        }

        @Override
        public void upnpLocation(long mac, String announcerIp, String location) {
            UpnpFetcher f = fetcher;
            if (f == null) {
                return;
            }
            try {
                f.check(location, announcerIp);
            } catch (UpnpFetcher.Refused e) {
                LOG.fine(() -> "discovery: not fetching " + location + ": " + e.getMessage());
                return;
            }
            active.execute(() -> {
                try {
                    engine.upnp(mac, f.fetch(location, announcerIp));
                } catch (UpnpFetcher.Refused e) {
                    LOG.fine(() -> "discovery: " + location + ": " + e.getMessage());
                }
            });
        }

        @Override
        public void gateway(long mac, String ip) {
            pendingGateway = new String[] {Macs.format(mac), ip};
        }
    }

    /** Caps what a vendor bundle's rules resource may make us read. */
    private static final class BoundedInput extends FilterInputStream {
        private long left;

        BoundedInput(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("rules resource larger than " + RuleSources.MAX_FILE + " bytes");
            }
            left--;
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("rules resource larger than " + RuleSources.MAX_FILE + " bytes");
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

}
