package io.hearthguard.capture.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.DropReason;
import io.hearthguard.capture.internal.Engine;
import io.hearthguard.capture.internal.EngineConfig;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;
import io.hearthguard.platform.metrics.MetricSink;

/**
 * The {@link TrafficObserver} whiteboard of this bundle: tracks every registered observer
 * with its service properties; each capture session takes a snapshot when it starts.
 * Also runs a file "as if live" through the hub's observers ({@link #replay}). Running
 * sessions of the hub are registered as {@link CaptureSession} services (property
 * {@code capture.live}) so others can read their counters.
 */
@Component(service = TrafficHub.class, immediate = true)
public final class TrafficHub {
    private final Map<TrafficObserver, Map<String, Object>> observers = new ConcurrentHashMap<>();
    private final BundleContext context;
    /** Running sessions and their engines, read by {@link #metrics}. */
    private final Map<Session, Engine> running = new ConcurrentHashMap<>();
    /** Counters of ended sessions, by live (index 1) or file (0): received, processed, flows, drops by reason. */
    private final long[][] ended = new long[2][3 + DropReason.values().length];
    /** Time the live capture thread spends on each packet, over every live session. */
    private final CallTimes liveCallTimes = new CallTimes();
    /** Changes whenever an observer comes or goes (long-running sessions restart on it). */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    @Activate
    public TrafficHub(BundleContext context) {
        this.context = context;
    }

    /**
     * Registers a running session as a {@link CaptureSession} service and counts it in the
     * metrics; call {@link #ended} and {@link #unpublish} when it ends.
     */
    public ServiceRegistration<CaptureSession> publish(Session s, Engine e) {
        running.put(s, e);
        return publish(s);
    }

    /** Moves an ended session's counters into the totals (after {@link Engine#finish()}). */
    public void ended(Session s) {
        Engine e = running.get(s);
        if (e == null) {
            return;
        }
        synchronized (ended) {
            add(ended[s.live() ? 1 : 0], e, 1);
            running.remove(s);
        }
    }

    private static void add(long[] into, Engine e, int sign) {
        into[0] += sign * e.received();
        into[1] += sign * e.processed();
        into[2] += sign * e.flowsCreated();
        e.dropped().forEach((r, n) -> into[3 + r.ordinal()] += sign * n);
    }

    /**
     * Writes packets received and processed, drops per reason and flows created, over every
     * session since the hub started (running ones included), split by live and file.
     * Running sessions' values are read while their capture thread updates them: they may
     * lag by a few packets, never by more than the engine's publishing interval.
     */
    public void metrics(MetricSink sink) {
        long[][] t = new long[2][];
        synchronized (ended) {
            t[0] = ended[0].clone();
            t[1] = ended[1].clone();
            running.forEach((s, e) -> add(t[s.live() ? 1 : 0], e, 1));
        }
        for (int live = 0; live < 2; live++) {
            String l = live == 1 ? "true" : "false";
            sink.counter("hearthguard_capture_packets_received_total", "Packets received by capture (file records or the kernel's count)", t[live][0], "live", l);
            sink.counter("hearthguard_capture_packets_processed_total", "Packets decoded and delivered to the hub", t[live][1], "live", l);
            sink.counter("hearthguard_capture_flows_created_total", "Flows (connections) capture started following", t[live][2], "live", l);
            for (DropReason r : DropReason.values()) {
                sink.counter("hearthguard_capture_packets_dropped_total", "Packets not processed, by reason", t[live][3 + r.ordinal()], "live", l, "reason", r.id());
            }
        }
        liveCallTimes.metrics(sink);
        long live = running.keySet().stream().filter(Session::live).count();
        sink.gauge("hearthguard_capture_sessions", "Capture sessions running now", live, "live", "true");
        sink.gauge("hearthguard_capture_sessions", "Capture sessions running now", running.size() - live, "live", "false");
    }

    /** @return where live capture counts the time it spends on each packet */
    CallTimes liveCallTimes() {
        return liveCallTimes;
    }

    /** Registers a running session as a {@link CaptureSession} service; unregister it when it ends. */
    private ServiceRegistration<CaptureSession> publish(Session s) {
        java.util.Hashtable<String, Object> p = new java.util.Hashtable<>();
        p.put("capture.live", s.live());
        p.put("capture.source", s.source());
        return context.registerService(CaptureSession.class, s, p);
    }

    /** Unregisters, tolerating a bundle that is already stopping. */
    public static void unpublish(ServiceRegistration<CaptureSession> r) {
        try {
            r.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework removed it with the bundle
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = TrafficObserver.class)
    void addObserver(TrafficObserver o, Map<String, Object> props) {
        observers.put(o, props);
        generation.incrementAndGet();
    }

    void removeObserver(TrafficObserver o) {
        observers.remove(o);
        generation.incrementAndGet();
    }

    /** @return a number that changes whenever an observer is added or removed */
    public long generation() {
        return generation.get();
    }

    /** Registers a session that no {@link Engine} runs (the metadata feed) as a {@link CaptureSession} service. */
    public ServiceRegistration<CaptureSession> publishFeed(Session s) {
        return publish(s);
    }

    /**
     * @return the observers registered now (a new session's subscribers), in registration
     *         ({@code service.id}) order; the {@link Dispatcher} calls them by ranking
     */
    public List<Dispatcher.Registration> observers() {
        List<Dispatcher.Registration> l = new ArrayList<>();
        observers.forEach((o, p) -> l.add(new Dispatcher.Registration(o, p)));
        l.sort(java.util.Comparator.comparingLong(Dispatcher.Registration::serviceId));
        return l;
    }

    /** How long a file session waits for its observers to complete after it ended. */
    public static final long COMPLETION_TIMEOUT_MILLIS = 60_000;

    /**
     * Replays a capture file through the hub's observers on the calling thread. With
     * {@code paced} the packets are delivered at the pace of their timestamps, like live traffic.
     * Returns once the observers have completed what the file gave them (findings stored).
     */
    public Session replay(Path file, boolean paced, BooleanSupplier stop) throws IOException, InterruptedException {
        Session s = new Session(file.toString(), false);
        Dispatcher d = new Dispatcher(observers());
        Engine e = new Engine(EngineConfig.defaults(), d, s);
        RawPacket raw = new RawPacket();
        ServiceRegistration<CaptureSession> reg = publish(s, e);
        e.start();
        try (PacketSource src = CaptureFiles.open(file)) {
            long firstTs = Long.MIN_VALUE;
            long wallStart = System.nanoTime();
            while (!stop.getAsBoolean() && src.next(raw)) {
                if (paced) {
                    if (firstTs == Long.MIN_VALUE) {
                        firstTs = raw.timestampNanos;
                    }
                    long due = wallStart + (raw.timestampNanos - firstTs);
                    long wait = due - System.nanoTime();
                    if (wait > 1_000_000L) {
                        Thread.sleep(Math.min(wait / 1_000_000L, 1000));
                    }
                }
                e.packet(raw);
            }
        } finally {
            e.finish();
            d.awaitCompleted(COMPLETION_TIMEOUT_MILLIS);
            ended(s);
            unpublish(reg);
        }
        return s;
    }
}
