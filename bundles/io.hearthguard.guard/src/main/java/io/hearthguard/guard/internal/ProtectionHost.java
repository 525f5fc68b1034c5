package io.hearthguard.guard.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.protection.ActivityProtection;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.ActivityObserver;
import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.DeviceMeter;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;
import io.hearthguard.platform.traffic.ObserverCompletion;

/**
 * Feeds capture's flows, metadata and meters to every registered {@link DeviceProtection}
 * for the devices it covers, each on its own worker, and stores what they publish.
 * Registered with a low {@code service.ranking}: capture calls observers in ranking order
 * (see {@link TrafficObserver}), so discovery (ranking 0) has learnt a device from a packet
 * before the host resolves that device for the same packet's records. Returns from
 * {@code sessionEnded} at once; {@link #completed()} says when the protections are done.
 */
@Component(service = { TrafficObserver.class, ProtectionStatusService.class, ObserverCompletion.class }, configurationPid = "io.hearthguard.guard", immediate = true,
        property = { TrafficObserver.PROP_STREAMS + "=flow", TrafficObserver.PROP_STREAMS + "=metadata",
                TrafficObserver.PROP_STREAMS + "=meter", TrafficObserver.PROP_STREAMS + "=" + ActivityObserver.STREAM_ACTIVITY,
                Constants.SERVICE_RANKING + ":Integer=-100" })
@Designate(ocd = ProtectionHost.Config.class)
public final class ProtectionHost implements TrafficObserver, ActivityObserver, ProtectionStatusService, ObserverCompletion {

    /** Isolation settings for protections. */
    @ObjectClassDefinition(name = "Hearthguard protection host", description = "How protections are isolated from capture and from each other.")
    public @interface Config {
        @AttributeDefinition(name = "Queue per protection", min = "16", max = "1000000", description = "Events waiting for one protection; live traffic beyond it is dropped for that protection and counted.")
        int queueCapacity() default 65536;

        @AttributeDefinition(name = "Call budget (ms)", min = "10", max = "600000", description = "A single call running longer quarantines the protection.")
        long callBudgetMillis() default 5000;

        @AttributeDefinition(name = "Failures before quarantine", min = "1", max = "1000000")
        int maxFailures() default 20;
    }

    private static final Logger LOG = Logger.getLogger(ProtectionHost.class.getName());

    /**
     * Least type confidence at which a device counts as its type alone for coverage. Below it the type is a guess
     * (discovery's brand product lines weigh at most 0.35, behaviour hints at most 0.25): the device is then covered
     * as its type <em>and</em> as unknown, so a weak guess never moves it out of the protections that watch unknown
     * devices (the eavesdrop protection covers {@code unknown}). See docs/architecture.md, "Protection coverage".
     */
    static final double CONFIDENT_TYPE = 0.4;

    private final FindingService findings;
    private final Slot.Limits limits;
    private final Map<DeviceProtection, Slot> slots = new ConcurrentHashMap<>();
    private final List<Slot> order = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor publisher;
    private final ScheduledExecutorService watchdog;
    private volatile DeviceInventory inventory;
    /** Records capture handed the host, by stream: flow, metadata, meter, activity (bursts). */
    private final java.util.concurrent.atomic.AtomicLongArray records = new java.util.concurrent.atomic.AtomicLongArray(4);
    private static final String[] STREAMS = { "flow", "metadata", "meter", "activity" };
    /** Counters of slots no longer bound (an update replaces a protection's slot), by name and vendor, oldest first. */
    private final Map<List<String>, List<Slot.Counters>> retired = new ConcurrentHashMap<>();
    /** Counters of retired slots folded into one sum per name once many updates have passed ([offered, refused, delivered, failures, dropped]). */
    private final Map<List<String>, long[]> retiredSums = new ConcurrentHashMap<>();
    private static final int RETIRED_KEPT = 16;
    private volatile boolean live;
    private volatile Instant now = Instant.EPOCH;

    @Activate
    public ProtectionHost(@Reference FindingService findings, Config config) {
        if (config.queueCapacity() < 16 || config.callBudgetMillis() < 10 || config.maxFailures() < 1) {
            throw new IllegalArgumentException("io.hearthguard.guard: queueCapacity must be >= 16, callBudgetMillis >= 10, maxFailures >= 1");
        }
        this.findings = findings;
        this.limits = new Slot.Limits(config.queueCapacity(), config.callBudgetMillis(), config.maxFailures());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hearthguard-protection-watchdog");
            t.setDaemon(true);
            return t;
        });
        // a call past its budget is caught even when no traffic (and so no tick) comes any more; and live events collected
        // for a batch reach the workers within 100 ms when the home goes quiet (ticks come with packets only)
        watchdog.scheduleWithFixedDelay(() -> order.forEach(s -> {
            s.checkBudget();
            if (live) {
                s.flush(true);
            }
        }), 100, 100, TimeUnit.MILLISECONDS);
        this.publisher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100_000), r -> {
            Thread t = new Thread(r, "hearthguard-finding-publisher");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        watchdog.shutdownNow();
        for (Slot s : order) {
            s.close();
        }
        publisher.shutdown();
        try {
            publisher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindInventory(DeviceInventory inv) {
        this.inventory = inv;
        order.forEach(s -> s.inventory(inv));
    }

    void unbindInventory(DeviceInventory inv) {
        if (this.inventory == inv) {
            this.inventory = null;
            order.forEach(s -> s.inventory(null));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindProtection(DeviceProtection p, Map<String, Object> props) {
        String name = String.valueOf(props.getOrDefault("component.name", p.getClass().getName()));
        String vendor = String.valueOf(props.getOrDefault(ProtectionService.PROP_VENDOR, "unknown"));
        Set<DeviceType> types = EnumSet.noneOf(DeviceType.class);
        for (String t : strings(props.get(ProtectionService.PROP_DEVICE_TYPES))) {
            DeviceType dt = DeviceType.fromId(t);
            if (dt == DeviceType.UNKNOWN && !"unknown".equals(t)) {
                LOG.warning(() -> "protection " + name + " names unknown device type '" + t + "'; ignored");
                continue;
            }
            types.add(dt);
        }
        Collection<String> streams = strings(props.get(ProtectionService.PROP_STREAMS));
        if (streams.isEmpty()) {
            streams = List.of("flow", "metadata", "meter");
        }
        Slot slot = new Slot(name, vendor, types, Set.copyOf(streams), p, limits, inventory, findings, this::publish);
        slot.serviceId = props.get(Constants.SERVICE_ID) instanceof Long l ? l : -1L;
        slots.put(p, slot);
        order.add(slot);
        LOG.info(() -> "protection " + name + " (vendor " + vendor + ") active for " + (types.isEmpty() ? "all devices" : types));
    }

    void unbindProtection(DeviceProtection p) {
        Slot s = slots.remove(p);
        if (s != null) {
            order.remove(s);
            s.close();
            retire(s);
        }
    }

    /**
     * Keeps a stopped slot's counters so a protection's totals over its updates still add up
     * ({@link #eventTotals}); the capture thread may still offer to it for a moment (refused).
     */
    private void retire(Slot s) {
        List<String> key = List.of(s.name, s.vendor);
        synchronized (retired) {
            List<Slot.Counters> l = retired.computeIfAbsent(key, k -> new ArrayList<>());
            l.add(s.counters());
            while (l.size() > RETIRED_KEPT) {
                Slot.Counters old = l.remove(0);
                long[] sum = retiredSums.computeIfAbsent(key, k -> new long[5]);
                sum[0] += old.offered().get();
                sum[1] += old.refused().get();
                sum[2] += old.delivered().get();
                sum[3] += old.failures().get();
                sum[4] += old.dropped().get();
            }
        }
    }

    /**
     * Writes the records capture handed the host, by stream, and per protection (by name, over
     * every binding since the hub started, so over its updates too) what became of the events
     * it was offered: {@code offered = delivered + failed + dropped + queued + lost}, where lost
     * are events still queued when a binding was stopped (an update, an uninstall) or
     * quarantined; {@code refused} were not offered (the protection was quarantined or stopped).
     */
    void eventTotals(MetricSink sink) {
        for (int i = 0; i < STREAMS.length; i++) {
            sink.counter("hearthguard_protection_host_records_total", "Records capture handed the protection host, by stream", records.get(i), "stream", STREAMS[i]);
        }
        Map<List<String>, long[]> totals = new LinkedHashMap<>(); // offered, refused, delivered, failures, dropped, queued
        synchronized (retired) {
            retiredSums.forEach((k, v) -> add(totals, k, v[0], v[1], v[2], v[3], v[4], 0));
            retired.forEach((k, l) -> l.forEach(c -> add(totals, k, c, 0)));
        }
        for (Slot s : order) {
            add(totals, List.of(s.name, s.vendor), s.counters(), s.queued());
        }
        totals.forEach((k, t) -> {
            long lost = t[0] - t[2] - t[3] - t[4] - t[5];
            String[] outcomes = { "offered", "refused", "delivered", "failed", "dropped" };
            for (int i = 0; i < outcomes.length; i++) {
                sink.counter("hearthguard_protection_events_total", "Events of a protection over all its bindings, by outcome", t[i],
                        "protection", k.get(0), "vendor", k.get(1), "outcome", outcomes[i]);
            }
            sink.counter("hearthguard_protection_events_total", "Events of a protection over all its bindings, by outcome", Math.max(0, lost),
                    "protection", k.get(0), "vendor", k.get(1), "outcome", "lost");
        });
    }

    private static void add(Map<List<String>, long[]> totals, List<String> key, Slot.Counters c, long queued) {
        add(totals, key, c.offered().get(), c.refused().get(), c.delivered().get(), c.failures().get(), c.dropped().get(), queued);
    }

    private static void add(Map<List<String>, long[]> totals, List<String> key, long... v) {
        long[] t = totals.computeIfAbsent(key, k -> new long[6]);
        for (int i = 0; i < v.length; i++) {
            t[i] += v[i];
        }
    }

    private static Collection<String> strings(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof String[] a) {
            return List.of(a);
        }
        if (v instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            c.forEach(o -> out.add(String.valueOf(o)));
            return out;
        }
        return List.of(String.valueOf(v));
    }

    private void publish(Finding f) {
        try {
            publisher.execute(() -> {
                try {
                    findings.publish(f);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not store finding " + f.rule() + " from " + f.source(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "finding backlog full; dropped " + f);
        }
    }

    // ---------------------------------------------------------------- traffic

    @Override
    public void sessionStarted(CaptureSession session) {
        live = session.live();
        // Capture time starts again with each session: a replay of an older capture after live traffic (or after meter
        // windows stamped by another clock) would otherwise run at the later time, and time-driven protections would
        // judge its events as long over (the eavesdrop protection recorded no voice session of such a replay).
        now = Instant.EPOCH;
        lastTickSecond = Long.MIN_VALUE;
        for (Slot s : order) {
            s.sessionStarted(session.live());
        }
    }

    private Device device(long mac) {
        if (mac < 0 || (mac & 0x0100_0000_0000L) != 0) {
            return null; // no MAC, or a group (broadcast/multicast) address
        }
        DeviceInventory inv = inventory;
        Device d = inv == null ? null : inv.byMacBits(mac);
        return d != null ? d : new UnknownDevice(UnknownDevice.macText(mac), now);
    }

    @Override
    public void flow(FlowRecord flow) {
        records.incrementAndGet(0);
        now = flow.lastSeen();
        toDevices(flow.initiatorMac(), flow.responderMac(), s -> s.wantsFlow, d -> (p, c) -> p.flow(flow, d, c));
    }

    @Override
    public void metadata(TrafficMetadata record) {
        records.incrementAndGet(1);
        now = record.timestamp();
        toDevices(record.srcMac(), record.dstMac(), s -> s.wantsMetadata, d -> (p, c) -> p.metadata(record, d, c));
    }

    /** Offers the work to each subscribed protection once for each covered device of the two ends. */
    private void toDevices(long macA, long macB, java.util.function.Predicate<Slot> wants,
            java.util.function.Function<Device, Slot.Task> work) {
        if (order.isEmpty()) {
            return;
        }
        Device a = device(macA);
        Device b = macB == macA ? null : device(macB);
        for (Slot s : order) {
            if (!wants.test(s)) {
                continue;
            }
            if (a != null && s.covers(a)) {
                s.offer(work.apply(a), now, live);
            }
            if (b != null && s.covers(b)) {
                s.offer(work.apply(b), now, live);
            }
        }
    }

    /**
     * A flow is timed when a protection subscribed to {@code activity} covers the device of
     * one of its ends (by type, see {@link #CONFIDENT_TYPE}); asked again at every update, so a device identified later is timed then.
     */
    @Override
    public boolean wantsActivity(FlowRecord flow) {
        if (order.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (Slot s : order) {
            any |= s.wantsActivity;
        }
        if (!any) {
            return false;
        }
        Device a = device(flow.initiatorMac());
        Device b = flow.responderMac() == flow.initiatorMac() ? null : device(flow.responderMac());
        for (Slot s : order) {
            if (s.wantsActivity && ((a != null && s.covers(a)) || (b != null && s.covers(b)))) {
                return true;
            }
        }
        return false;
    }

    /** Splits the batch per covered device end and hands each protection its devices' bursts. */
    @Override
    public void activity(FlowActivity batch) {
        int n = batch.size();
        records.addAndGet(3, n);
        if (order.isEmpty() || n == 0) {
            return;
        }
        long last = batch.endNanos(n - 1);
        Instant t = Instant.ofEpochSecond(Math.floorDiv(last, 1_000_000_000L), Math.floorMod(last, 1_000_000_000L));
        if (t.isAfter(now)) {
            now = t;
        }
        // two passes: count each device end's bursts, then collect their indexes (exact sizes)
        Map<Long, int[]> byMac = new LinkedHashMap<>(); // mac → [count, indexes...]
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                addIndex(byMac, batch.initiatorMac(i), i, pass);
                if (batch.responderMac(i) != batch.initiatorMac(i)) {
                    addIndex(byMac, batch.responderMac(i), i, pass);
                }
            }
            if (pass == 0) {
                byMac.replaceAll((mac, c) -> new int[1 + c[0]]);
            }
        }
        for (Map.Entry<Long, int[]> e : byMac.entrySet()) {
            Device d = device(e.getKey());
            if (d == null) {
                continue;
            }
            FlowActivity mine = null;
            for (Slot s : order) {
                if (s.wantsActivity && s.covers(d)) {
                    if (mine == null) {
                        int[] ix = e.getValue();
                        mine = batch.select(java.util.Arrays.copyOfRange(ix, 1, 1 + ix[0]), ix[0]);
                    }
                    FlowActivity a = mine;
                    s.offer((p, c) -> ((ActivityProtection) p).activity(a, d, c), now, live);
                }
            }
        }
    }

    private static void addIndex(Map<Long, int[]> byMac, long mac, int i, int pass) {
        if (mac < 0 || (mac & 0x0100_0000_0000L) != 0) {
            return;
        }
        if (pass == 0) {
            byMac.computeIfAbsent(mac, k -> new int[1])[0]++;
        } else {
            int[] ix = byMac.get(mac);
            ix[1 + ix[0]++] = i;
        }
    }

    @Override
    public void meter(DeviceMeter meter) {
        records.incrementAndGet(2);
        now = meter.windowEnd();
        if (order.isEmpty()) {
            return;
        }
        Device d = device(meter.mac());
        if (d == null) {
            return;
        }
        for (Slot s : order) {
            if (s.wantsMeter && s.covers(d)) {
                s.offer((p, c) -> p.meter(meter, d, c), now, live);
            }
        }
    }

    private long lastTickSecond = Long.MIN_VALUE;

    @Override
    public void tick(long nowNanos) {
        long second = Math.floorDiv(nowNanos, 1_000_000_000L);
        if (second == lastTickSecond) {
            return;
        }
        lastTickSecond = second;
        Instant t = Instant.ofEpochSecond(second, Math.floorMod(nowNanos, 1_000_000_000L));
        if (t.isAfter(now)) {
            now = t;
        }
        for (Slot s : order) {
            s.offer((p, c) -> p.tick(c), now, live);
            s.flush(live); // at least once per second of capture time the worker gets what was collected
            s.checkBudget();
        }
    }

    /** Hands every protection its end of session; returns at once (see {@link #completed()}). */
    @Override
    public void sessionEnded(CaptureSession session) {
        for (Slot s : order) {
            s.offer((p, c) -> p.sessionEnded(c), now, session.live());
            s.flush(session.live());
        }
    }

    /**
     * Completes when every protection has run what it was given before this call and every
     * finding they published before then is stored. {@code analyze} and replays wait on it
     * after the session ended, so their results are complete without the host blocking the
     * capture thread.
     */
    @Override
    public CompletionStage<Void> completed() {
        List<CompletableFuture<Void>> parts = new ArrayList<>(order.size());
        for (Slot s : order) {
            parts.add(s.barrier());
        }
        CompletableFuture<Void> stored = new CompletableFuture<>();
        CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0])).whenComplete((v, x) -> afterPublishes(stored));
        return stored;
    }

    /** Completes {@code done} after every finding queued for storing so far (the publisher runs in order). */
    private void afterPublishes(CompletableFuture<Void> done) {
        try {
            publisher.execute(() -> done.complete(null));
        } catch (RejectedExecutionException e) {
            if (publisher.isShutdown()) {
                done.complete(null); // the host stopped: nothing more will be stored
            } else {
                watchdog.schedule(() -> afterPublishes(done), 10, TimeUnit.MILLISECONDS); // backlog full: try again shortly
            }
        }
    }

    @Override
    public List<ProtectionStatus> protections() {
        List<ProtectionStatus> out = new ArrayList<>(order.size());
        for (Slot s : order) {
            Set<String> t = new LinkedHashSet<>();
            s.types.forEach(x -> t.add(x.id()));
            String reason = s.quarantineReason();
            boolean quarantined = reason != null;
            out.add(new ProtectionStatus(s.name, s.vendor, s.serviceId, List.copyOf(t),
                    quarantined ? ProtectionStatus.State.QUARANTINED : ProtectionStatus.State.ACTIVE, quarantined ? reason : null,
                    s.queued(), s.delivered.get(), s.dropped.get(), s.failures.get(), s.published.get(), s.busyNanos.get()));
        }
        return out;
    }
}
