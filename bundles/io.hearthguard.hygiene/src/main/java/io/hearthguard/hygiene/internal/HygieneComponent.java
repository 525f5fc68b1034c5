package io.hearthguard.hygiene.internal;

import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceEvents;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.score.HomeScore;
import io.hearthguard.hygiene.HygieneChecks;
import io.hearthguard.platform.store.Store;

/**
 * The hygiene checks of the home's devices: on request ({@link HygieneChecks}) and, when
 * {@code scheduleHours} is above 0, every that many hours, the first run one full interval
 * after activation (never at start-up); and once for each new device,
 * {@code newDeviceDelaySeconds} after discovery first saw it. Scheduled and new-device checks
 * wait for the end of the household's {@code quietHours}. Devices the family opted out are
 * never contacted.
 * A new configuration restarts the component; its threads stop in {@link #deactivate()}.
 */
@Component(service = {HygieneChecks.class, io.hearthguard.api.score.HomeScoreService.class, EventHandler.class}, configurationPid = HygieneComponent.PID,
        property = EventConstants.EVENT_TOPIC + "=" + DeviceEvents.TOPIC_ADDED)
@Designate(ocd = HygieneComponent.Config.class)
public final class HygieneComponent implements HygieneChecks, EventHandler {

    static final String PID = "io.hearthguard.hygiene";
    private static final Logger LOG = Logger.getLogger(HygieneComponent.class.getName());

    @ObjectClassDefinition(name = "Hearthguard home hygiene", description = "Exposed risky services and well-known default logins of the home's devices (docs/hygiene.md).")
    public @interface Config {
        @AttributeDefinition(description = "Run hygiene checks at all")
        boolean enabled() default true;

        @AttributeDefinition(description = "IPv4 subnets (CIDR, /16 or smaller) that may be checked; every other address is refused")
        String[] homeSubnets() default {};

        @AttributeDefinition(description = "Also allow the IPv4 subnets of this network interface (e.g. the live capture interface); empty: none")
        String homeInterface() default "";

        @AttributeDefinition(description = "TCP ports tried on each device (docs/hygiene.md lists what each means)")
        int[] ports() default { 23, 2323, 21, 22, 80, 8080, 8000, 554, 8554, 1883, 1900, 5000, 49152, 5555, 5900, 445 };

        @AttributeDefinition(description = "TCP connects per second, across all checks", min = "0.1", max = "200")
        double connectsPerSecond() default 20;

        @AttributeDefinition(description = "Connects in flight at once", min = "1", max = "32")
        int parallel() default 4;

        @AttributeDefinition(description = "Longest wait for a connect (ms)", min = "50", max = "30000")
        int connectTimeoutMillis() default 1500;

        @AttributeDefinition(description = "Longest time spent reading one answer or banner (ms)", min = "50", max = "30000")
        int bannerMillis() default 3000;

        @AttributeDefinition(description = "Most bytes read from one answer or banner", min = "16", max = "65536")
        int bannerBytes() default 4096;

        @AttributeDefinition(description = "Try the well-known default logins: Telnet, SSH, FTP, HTTP Basic/Digest, simple HTML login forms, RTSP, MQTT (off unless the household turns it on)")
        boolean credentialChecks() default false;

        @AttributeDefinition(description = "Pause between two login attempts on one device (ms)", min = "0", max = "600000")
        int loginIntervalMillis() default 3000;

        @AttributeDefinition(description = "Longest wait for the verdict on one login (ms)", min = "100", max = "30000")
        int loginWaitMillis() default 8000;

        @AttributeDefinition(description = "Most login attempts per service and device in one check", min = "1", max = "10")
        int maxAttemptsPerService() default 4;

        @AttributeDefinition(description = "Device ids or MAC addresses the family opted out: never contacted")
        String[] optedOutDevices() default {};

        @AttributeDefinition(description = "Directory of OSV advisory files (*.json) compared with the versions banners name; empty: <hearthguard.data>/advisories")
        String advisoryDirectory() default "";

        @AttributeDefinition(description = "Ask the router's UPnP IGD (SSDP search on the home interface, then GetGenericPortMappingEntry) which ports it forwards to which device, at each scheduled run")
        boolean upnpMappings() default true;

        @AttributeDefinition(description = "Ask the router (the UPnP IGD that answered, else this machine's default gateway inside the home subnets) whether it takes NAT-PMP/PCP port-mapping requests on UDP 5351, at each scheduled run")
        boolean natPmp() default true;

        @AttributeDefinition(description = "Ask the router's UPnP on the router's own internet address (learned from it with GetExternalIPAddress; the only address outside the home subnets ever contacted) from inside the home, at each scheduled run")
        boolean upnpWanProbe() default true;

        @AttributeDefinition(description = "How long to wait for the router's answer to the UPnP search (ms)", min = "100", max = "10000")
        int upnpSearchMillis() default 2000;

        @AttributeDefinition(description = "Most port mappings read from the router", min = "1", max = "1024")
        int upnpMaxMappings() default 128;

        @AttributeDefinition(description = "Longest time for the whole UPnP query (ms)", min = "500", max = "600000")
        int upnpTotalMillis() default 20000;

        @AttributeDefinition(description = "Check every device every this many hours (first run one interval after start); 0: only on request", min = "0", max = "8760")
        int scheduleHours() default 168;

        @AttributeDefinition(description = "Check each new device once, newDeviceDelaySeconds after discovery first saw it")
        boolean checkNewDevices() default true;

        @AttributeDefinition(description = "Wait this long after a device is first seen before checking it (s)", min = "0", max = "86400")
        int newDeviceDelaySeconds() default 300;

        @AttributeDefinition(description = "No scheduled or new-device check starts in these hours, e.g. 22:00-07:00 (the hub's time zone); empty: none")
        String quietHours() default "";
    }

    private final DeviceInventory inventory;
    private final FindingService findings;
    private final boolean enabled;
    private final Set<String> optedOut;
    private final HygieneChecker checker;
    private final ScheduledExecutorService scheduler;
    private final Path advisoryDir;
    private final HomeSubnets subnets;
    private final UpnpIgd.Bounds upnpBounds;
    private final boolean natPmp;
    private final boolean upnpWanProbe;
    private final Limits probeLimits;
    private final boolean checkNewDevices;
    private final long newDeviceDelaySeconds;
    private final QuietHours quiet;
    private final Clock clock;
    /** Null without a store: then no history is kept. */
    private final ScoreHistory history;
    /** Advisory files of vendor bundles; null without a bundle context (tests). */
    private final VendorAdvisories vendorAdvisories;
    /** New devices waiting for their check; bounded so a burst of new addresses cannot queue a scan of each. */
    private final Set<String> pendingNew = new java.util.LinkedHashSet<>();
    static final int MAX_PENDING_NEW = 64;
    private long droppedNew;

    @Activate
    public HygieneComponent(Config c, @Reference DeviceInventory inventory, @Reference FindingService findings, BundleContext bc,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) Store store) {
        this(c, inventory, findings, bc, Clock.systemDefaultZone(), store);
    }

    HygieneComponent(Config c, DeviceInventory inventory, FindingService findings, BundleContext bc) {
        this(c, inventory, findings, bc, Clock.systemDefaultZone(), null);
    }

    HygieneComponent(Config c, DeviceInventory inventory, FindingService findings, BundleContext bc, Clock clock) {
        this(c, inventory, findings, bc, clock, null);
    }

    HygieneComponent(Config c, DeviceInventory inventory, FindingService findings, BundleContext bc, Clock clock, Store store) {
        this.clock = clock;
        this.history = store == null ? null : new ScoreHistory(store);
        this.inventory = inventory;
        this.findings = findings;
        this.enabled = c.enabled();
        this.optedOut = Stream.of(c.optedOutDevices()).map(s -> s.strip().toLowerCase(Locale.ROOT).replace('-', ':'))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        String data = bc == null ? null : bc.getProperty("hearthguard.data");
        this.advisoryDir = !c.advisoryDirectory().isBlank() ? Path.of(c.advisoryDirectory())
                : data == null || data.isBlank() ? null : Path.of(data, "advisories");
        if (c.scheduleHours() < 0 || c.scheduleHours() > 8760) {
            throw new IllegalArgumentException(PID + ": scheduleHours must be 0 to 8760: " + c.scheduleHours());
        }
        if (c.newDeviceDelaySeconds() < 0 || c.newDeviceDelaySeconds() > 86_400) {
            throw new IllegalArgumentException(PID + ": newDeviceDelaySeconds must be 0 to 86400: " + c.newDeviceDelaySeconds());
        }
        this.checkNewDevices = c.checkNewDevices();
        this.natPmp = c.natPmp();
        this.upnpWanProbe = c.upnpWanProbe();
        this.probeLimits = new Limits(c.connectTimeoutMillis(), c.bannerMillis(), c.bannerBytes());
        this.newDeviceDelaySeconds = c.newDeviceDelaySeconds();
        try {
            this.quiet = QuietHours.parse(c.quietHours());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": " + e.getMessage(), e);
        }
        try {
            List<String> nets = new ArrayList<>(List.of(c.homeSubnets()));
            nets.addAll(interfaceSubnets(c.homeInterface()));
            this.subnets = HomeSubnets.of(nets);
            Limits limits = new Limits(c.connectTimeoutMillis(), c.bannerMillis(), c.bannerBytes());
            this.upnpBounds = c.upnpMappings() ? new UpnpIgd.Bounds(limits, c.upnpSearchMillis(), c.upnpMaxMappings(), 262_144, c.upnpTotalMillis()) : null;
            this.checker = new HygieneChecker(new HygieneChecker.Settings(subnets, RiskyPort.forPorts(c.ports()),
                    new Limits(c.connectTimeoutMillis(), c.bannerMillis(), c.bannerBytes()), c.connectsPerSecond(), c.parallel(),
                    c.credentialChecks(), c.loginIntervalMillis(), c.loginWaitMillis(), c.maxAttemptsPerService()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PID + ": " + e.getMessage(), e);
        }
        this.vendorAdvisories = bc == null ? null : new VendorAdvisories(bc);
        if (enabled && (c.scheduleHours() > 0 || checkNewDevices)) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hearthguard-hygiene-schedule");
                t.setDaemon(true);
                return t;
            });
            if (c.scheduleHours() > 0) {
                scheduler.scheduleWithFixedDelay(this::checkAllAfterQuietHours, c.scheduleHours(), c.scheduleHours(), TimeUnit.HOURS);
            }
        } else {
            scheduler = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        checker.close();
        if (vendorAdvisories != null) {
            vendorAdvisories.close();
        }
    }

    @Override
    public List<Finding> check(String deviceId) throws InterruptedException {
        Device d = inventory.byId(deviceId).orElseThrow(() -> new IllegalArgumentException("no device with id '" + deviceId + "'"));
        if (!enabled) {
            throw new IllegalStateException("hygiene checks are turned off (" + PID + " enabled=false)");
        }
        if (optedOut(d)) {
            throw new IllegalStateException("the family opted " + d.displayName() + " out of hygiene checks; nothing was contacted");
        }
        HygieneChecker.Report r = checker.check(d.ips());
        Advisories advisories = advisories();
        List<Finding> out = new java.util.ArrayList<>(HygieneFindings.of(r, DeviceRef.of(d), Instant.now(), advisories));
        out.addAll(HygieneFindings.announced(d, DeviceRef.of(d), advisories, Instant.now()));
        for (Finding f : out) {
            findings.publish(f);
        }
        if (history != null) {
            score(); // a point in the history when the check moved the score
        }
        return out;
    }

    @Override
    public HomeScore score() {
        HomeScore s = Score.of(findings.query(FindingFilter.all().withCategories(Set.of(Categories.HYGIENE))
                .withStates(Set.of(FindingState.OPEN, FindingState.ACKNOWLEDGED))));
        if (history != null) {
            try {
                history.record(s.score(), clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "hygiene: the score's history could not be kept: " + e.getMessage());
            }
        }
        return s;
    }

    /** One point each time {@link #score()} saw a new value (after checks, and whenever the dashboard or MQTT reads it), oldest first. */
    @Override
    public List<HomeScore.Point> history() {
        return history == null ? List.of() : history.points();
    }

    Advisories advisories() {
        Advisories advisories = Advisories.load(advisoryDir).plus(vendorAdvisories == null ? Advisories.NONE : vendorAdvisories.current());
        if (!advisories.problems().isEmpty()) {
            LOG.warning(() -> "hygiene: advisory files skipped: " + advisories.problems());
        }
        return advisories;
    }

    /** @return true when the device's id or one of its MACs is in {@code optedOutDevices} */
    boolean optedOut(Device d) {
        if (optedOut.contains(d.id().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return d.macs().stream().anyMatch(m -> optedOut.contains(m.toLowerCase(Locale.ROOT)));
    }

    /**
     * Asks the router's UPnP IGD for its port mappings and publishes one finding per device
     * they forward to, and one per advisory that affects the software its UPnP answer names. Nothing when {@code upnpMappings=false} or no home subnet is known.
     */
    List<Finding> checkRouterMappings() throws InterruptedException {
        if (!enabled || (upnpBounds == null && !natPmp) || subnets.isEmpty()) {
            return List.of();
        }
        java.util.function.Function<String, DeviceRef> device = ip -> inventory.byIp(ip).map(DeviceRef::of).orElse(new DeviceRef(null, null, ip, null));
        List<Finding> out = new ArrayList<>();
        UpnpIgd.Result r = upnpBounds == null ? null : new UpnpIgd(subnets, upnpBounds).query();
        if (natPmp) {
            String router = r != null && r.router() != null ? r.router() : NatPmp.defaultGateway(subnets);
            if (router != null) {
                NatPmp.Result n = new NatPmp(subnets).query(router);
                LOG.info(() -> "hygiene NAT-PMP/PCP query of " + router + ": NAT-PMP " + (n.natPmp() ? "answers" : "silent") + ", PCP "
                        + (n.pcp() ? "answers" : "silent") + ", " + n.bytesSent() + " bytes sent, " + n.bytesReceived() + " received"
                        + (n.notes().isEmpty() ? "" : "; " + n.notes()));
                out.addAll(HygieneFindings.natPmp(n, device.apply(router), Instant.now()));
            }
        }
        if (r == null) {
            out.forEach(findings::publish);
            return out;
        }
        LOG.info(() -> "hygiene UPnP query: router " + r.router() + ", " + r.mappings().size() + " port mappings, " + r.bytesSent()
                + " bytes sent, " + r.bytesReceived() + " received" + (r.notes().isEmpty() ? "" : "; " + r.notes()));
        out.addAll(HygieneFindings.upnp(r, device, Instant.now()));
        if (r.router() != null) {
            DeviceRef router = device.apply(r.router());
            out.addAll(HygieneFindings.routerSoftware(r, router, advisories(), Instant.now()));
            UpnpIgd.Router more = r.more();
            if (more.wifiMode() != null && WifiModes.verdict(more.wifiMode()).severity() != null) {
                out.add(WifiModes.finding(WifiModes.verdict(more.wifiMode()), router, more.wifiDetail(), Instant.now()));
            }
            if (upnpWanProbe && "0.0.0.0".equals(more.externalAddress())) {
                out.addAll(HygieneFindings.wanUnnamed(router, Instant.now()));
            } else if (upnpWanProbe && more.externalAddress() != null) {
                WanSide.Probe p = WanSide.probe(more.externalAddress(), r.router(), more.descriptionPort(), more.descriptionPath(), subnets, probeLimits);
                LOG.info(() -> "hygiene UPnP probe of the router's external address " + p.address() + " (" + p.kind() + ") from inside: SSDP "
                        + (p.ssdpAnswered() ? "answered" : "silent") + ", HTTP port " + p.httpPort() + " " + (p.httpAnswered() ? "answered " + p.httpStatus() : "silent")
                        + ", " + p.bytesSent() + " bytes sent, " + p.bytesReceived() + " received" + (p.notes().isEmpty() ? "" : "; " + p.notes()));
                out.addAll(HygieneFindings.wanSide(p, router, Instant.now()));
            }
        }
        for (Finding f : out) {
            findings.publish(f);
        }
        return out;
    }

    /**
     * Discovery saw a device for the first time: its check is scheduled (once, after the
     * delay, outside quiet hours). At most {@value #MAX_PENDING_NEW} wait at a time; more are
     * left to the weekly check and counted.
     */
    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(DeviceEvents.PROP_DEVICE_ID);
        if (!enabled || !checkNewDevices || scheduler == null || !(id instanceof String deviceId)) {
            return;
        }
        synchronized (pendingNew) {
            if (pendingNew.contains(deviceId)) {
                return;
            }
            if (pendingNew.size() >= MAX_PENDING_NEW) {
                if (droppedNew++ % 100 == 0) {
                    LOG.warning(() -> "hygiene: " + MAX_PENDING_NEW + " new devices already wait for their check; " + deviceId
                            + " is left to the scheduled check (" + droppedNew + " so far)");
                }
                return;
            }
            pendingNew.add(deviceId);
        }
        try {
            scheduler.schedule(() -> checkNew(deviceId), newDeviceDelaySeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            forget(deviceId); // stopping
        }
    }

    /** @return the ids of new devices waiting for their check */
    Set<String> pendingNewDevices() {
        synchronized (pendingNew) {
            return Set.copyOf(pendingNew);
        }
    }

    private void forget(String deviceId) {
        synchronized (pendingNew) {
            pendingNew.remove(deviceId);
        }
    }

    void checkNew(String deviceId) {
        java.time.Duration wait = quiet.waitFrom(java.time.ZonedDateTime.now(clock));
        if (!wait.isZero()) {
            scheduler.schedule(() -> checkNew(deviceId), wait.toSeconds() + 1, TimeUnit.SECONDS);
            return;
        }
        forget(deviceId);
        Device d = inventory.byId(deviceId).orElse(null);
        if (d == null || !d.online() || optedOut(d)) {
            return;
        }
        try {
            List<Finding> f = check(deviceId);
            LOG.info(() -> "hygiene: new device " + d.displayName() + " checked, " + f.size() + " findings");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hygiene check of new device " + deviceId + " failed: " + e.getMessage());
        }
    }

    private void checkAllAfterQuietHours() {
        java.time.Duration wait = quiet.waitFrom(java.time.ZonedDateTime.now(clock));
        if (wait.isZero()) {
            checkAll();
        } else {
            scheduler.schedule(this::checkAll, wait.toSeconds() + 1, TimeUnit.SECONDS);
        }
    }

    void checkAll() {
        try {
            checkRouterMappings();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hygiene UPnP query failed", e);
        }
        for (Device d : inventory.devices()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            if (!d.online() || optedOut(d)) {
                continue;
            }
            try {
                check(d.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "hygiene check of " + d.id() + " failed", e);
            }
        }
    }

    static List<String> interfaceSubnets(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        try {
            NetworkInterface nif = NetworkInterface.getByName(name.strip());
            if (nif == null) {
                throw new IllegalArgumentException("homeInterface '" + name + "' does not exist on this machine");
            }
            List<String> out = new ArrayList<>();
            for (InterfaceAddress a : nif.getInterfaceAddresses()) {
                byte[] b = a.getAddress().getAddress();
                if (b.length == 4 && a.getNetworkPrefixLength() >= 16 && a.getNetworkPrefixLength() <= 32) {
                    out.add((b[0] & 255) + "." + (b[1] & 255) + "." + (b[2] & 255) + "." + (b[3] & 255) + "/" + a.getNetworkPrefixLength());
                }
            }
            return out;
        } catch (SocketException e) {
            throw new IllegalArgumentException("homeInterface '" + name + "': " + e.getMessage(), e);
        }
    }

}
