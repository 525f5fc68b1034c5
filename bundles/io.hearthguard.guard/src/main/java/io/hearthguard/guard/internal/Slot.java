package io.hearthguard.guard.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;

/**
 * One protection with its own queue and worker thread. The capture side offers work; the
 * worker runs it. A protection that throws too often or runs past its budget is
 * quarantined: its queue is dropped and it gets nothing more until it is re-registered
 * (e.g. its bundle is updated).
 */
final class Slot implements ProtectionContext {

    /** One unit of work for the protection. */
    @FunctionalInterface
    interface Task {
        void run(DeviceProtection p, ProtectionContext c);
    }

    /** The host's own marker in the queue (e.g. "everything before me ran"): not an event, not counted, not timed. */
    interface Marker extends Task {
    }

    private static final Logger LOG = Logger.getLogger(Slot.class.getName());
    private static final List<Task> STOP = List.of();
    /** Events per hand-over; a hand-over also happens on every tick and at the end of a session. */
    static final int BATCH = 256;

    final String name;
    final String vendor;
    volatile long serviceId = -1;
    final Set<DeviceType> types; // empty: all
    private final boolean coversUnknown;
    final boolean wantsFlow;
    final boolean wantsMetadata;
    final boolean wantsMeter;
    /** subscribed to {@code activity} and implements {@link io.hearthguard.api.protection.ActivityProtection} */
    final boolean wantsActivity;
    private final DeviceProtection protection;
    /** Batches of work: the capture thread hands over many events per wake-up of the worker. */
    private final BlockingQueue<List<Task>> queue;
    /** Work collected on the capture side, not yet handed over (guarded by {@code this}). */
    private ArrayList<Task> batch = new ArrayList<>(BATCH);
    /** Events handed over and not yet run: the queue's capacity is counted in events. */
    private final java.util.concurrent.atomic.AtomicInteger queuedEvents = new java.util.concurrent.atomic.AtomicInteger();
    private final Thread worker;
    private final Consumer<Finding> publisher;
    private final Limits limits;
    private volatile DeviceInventory inventory;
    private final FindingService findings;
    /** Barriers offered and not yet reached (guarded by itself). */
    private final List<java.util.concurrent.CompletableFuture<Void>> barriers = new ArrayList<>();

    private volatile Instant now = Instant.EPOCH;
    private volatile boolean live;
    private volatile long callStartedNanos; // 0 when idle
    /** Why the slot takes no more work: a quarantine's reason, or {@link #STOPPED} once closed. */
    private volatile String quarantineReason;
    private static final String STOPPED = new String("stopped"); // compared by identity
    /** Events taken into the batch (markers not counted); each ends delivered, failed, dropped, queued or lost at a stop or quarantine. */
    final AtomicLong offered = new AtomicLong();
    /** Events not taken because the protection was quarantined or stopped already. */
    final AtomicLong refused = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong published = new AtomicLong();
    /** Total time the protection's calls ran (for the cost per event). */
    final AtomicLong busyNanos = new AtomicLong();

    /** The event counters themselves (not the slot: keeping them keeps no protection class loader). */
    record Counters(AtomicLong offered, AtomicLong refused, AtomicLong delivered, AtomicLong failures, AtomicLong dropped) {
    }

    Counters counters() {
        return new Counters(offered, refused, delivered, failures, dropped);
    }

    /** Isolation limits. */
    record Limits(int queueCapacity, long callBudgetMillis, int maxFailures) {
    }

    Slot(String name, String vendor, Set<DeviceType> types, Set<String> streams, DeviceProtection protection,
            Limits limits, DeviceInventory inventory, FindingService findings, Consumer<Finding> publisher) {
        this.name = name;
        this.vendor = vendor;
        this.types = types;
        this.coversUnknown = types.contains(DeviceType.UNKNOWN);
        this.wantsFlow = streams.contains("flow");
        this.wantsMetadata = streams.contains("metadata");
        this.wantsMeter = streams.contains("meter");
        this.wantsActivity = streams.contains("activity") && protection instanceof io.hearthguard.api.protection.ActivityProtection;
        this.protection = protection;
        this.limits = limits;
        this.queue = new ArrayBlockingQueue<>(Math.max(2, limits.queueCapacity() / BATCH));
        this.inventory = inventory;
        this.findings = findings;
        this.publisher = publisher;
        this.worker = new Thread(this::work, "hearthguard-protection-" + name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /**
     * Whether the protection gets this device's traffic: it covers every device, or the device's type, or the device is
     * untyped for coverage and the protection covers unknown devices. A type decided with less than
     * {@link ProtectionHost#CONFIDENT_TYPE} counts as both itself and unknown here, so a weak guess (a brand's product
     * line, a behaviour hint) adds the protections of the guessed type and never takes away those that watch
     * unknown devices.
     */
    boolean covers(Device d) {
        if (types.isEmpty()) {
            return true;
        }
        DeviceType t = d.type();
        return types.contains(t) || (t != DeviceType.UNKNOWN && coversUnknown && d.typeConfidence() < ProtectionHost.CONFIDENT_TYPE);
    }

    /**
     * Queues work. It is collected into a batch that is handed to the worker when full or
     * when {@link #flush} is called (every tick, and at the end of a session). Live capture
     * never waits: a batch that does not fit the queue is dropped and counted. Offline
     * analysis waits for room so results do not depend on timing; a quarantine releases the
     * wait.
     */
    void offer(Task t, Instant captureTime, boolean liveCapture) {
        if (quarantineReason != null) {
            if (!(t instanceof Marker)) {
                refused.incrementAndGet();
            }
            return;
        }
        List<Task> full = null;
        synchronized (this) {
            if (t instanceof Marker) {
                batch.add(t);
            } else {
                batch.add(withTime(t, captureTime, liveCapture));
                offered.incrementAndGet();
            }
            if (batch.size() >= BATCH) {
                full = batch;
                batch = new ArrayList<>(BATCH);
                if (liveCapture) {
                    handOver(full, true); // never waits; under the lock so a flush by the watchdog cannot overtake it
                    full = null;
                }
            }
        }
        if (full != null) {
            handOver(full, liveCapture);
        }
    }

    /** Hands what was collected to the worker. */
    void flush(boolean liveCapture) {
        List<Task> out;
        synchronized (this) {
            if (batch.isEmpty()) {
                return;
            }
            out = batch;
            batch = new ArrayList<>(BATCH);
            if (liveCapture) {
                handOver(out, true); // in order with the capture thread's own hand-overs (see offer)
                return;
            }
        }
        handOver(out, liveCapture);
    }

    private void handOver(List<Task> tasks, boolean liveCapture) {
        if (quarantineReason != null) {
            return;
        }
        int n = tasks.size();
        if (liveCapture) {
            int before = queuedEvents.get();
            if ((before > 0 && before + n > limits.queueCapacity()) || !queue.offer(tasks)) {
                dropped.addAndGet(n);
                return;
            }
            queuedEvents.addAndGet(n);
            return;
        }
        try {
            // the queue holds queueCapacity / BATCH batches: waiting on it wakes us as soon as there is room
            while (quarantineReason == null) {
                if (queue.offer(tasks, 100, TimeUnit.MILLISECONDS)) {
                    queuedEvents.addAndGet(n);
                    return;
                }
                checkBudget();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropped.addAndGet(n);
        }
    }

    private Task withTime(Task t, Instant captureTime, boolean liveCapture) {
        return (p, c) -> {
            if (captureTime.isAfter(now)) {
                now = captureTime;
            }
            live = liveCapture;
            t.run(p, c);
        };
    }

    /**
     * A capture session starts: the protection's capture time starts again from the session's
     * first event. Queued in order, so what was offered before still runs at its own time.
     */
    void sessionStarted(boolean liveCapture) {
        offer((Marker) (p, c) -> now = Instant.EPOCH, Instant.EPOCH, liveCapture);
    }

    /** Quarantines the protection when its current call has run past the budget. */
    void checkBudget() {
        long started = callStartedNanos;
        if (started != 0 && quarantineReason == null
                && System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(limits.callBudgetMillis())) {
            quarantine("a call took longer than " + limits.callBudgetMillis() + " ms");
            worker.interrupt();
        }
    }

    /**
     * @return a future completed once everything offered before this call has run, or at once
     *         when the protection is (or becomes) quarantined or stopped. Does not wait for the
     *         work, only, in offline mode, for room in the queue.
     */
    java.util.concurrent.CompletableFuture<Void> barrier() {
        java.util.concurrent.CompletableFuture<Void> f = new java.util.concurrent.CompletableFuture<>();
        synchronized (barriers) {
            barriers.add(f);
        }
        if (quarantineReason != null) {
            releaseBarriers();
            return f;
        }
        offer((Marker) (p, c) -> {
            synchronized (barriers) {
                barriers.remove(f);
            }
            f.complete(null);
        }, now, false);
        flush(false);
        return f;
    }

    /** Completes every barrier still waiting: the work before them will not run any more. */
    private void releaseBarriers() {
        List<java.util.concurrent.CompletableFuture<Void>> waiting;
        synchronized (barriers) {
            waiting = new ArrayList<>(barriers);
            barriers.clear();
        }
        waiting.forEach(f -> f.complete(null));
    }

    private void work() {
        while (true) {
            List<Task> tasks;
            try {
                tasks = queue.take();
            } catch (InterruptedException e) {
                if (quarantineReason != null) {
                    queue.clear();
                    queuedEvents.set(0);
                    continue; // keep draining STOP requests only
                }
                return;
            }
            if (tasks == STOP) {
                return;
            }
            for (Task t : tasks) {
                if (quarantineReason != null) {
                    break;
                }
                run(t);
            }
            queuedEvents.addAndGet(-tasks.size());
        }
    }

    private void run(Task t) {
        if (t instanceof Marker) {
            t.run(protection, this);
            return;
        }
        long started = System.nanoTime();
        callStartedNanos = started;
        try {
            t.run(protection, this);
            delivered.incrementAndGet();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            long n = failures.incrementAndGet();
            LOG.log(Level.WARNING, "protection " + name + " failed (" + n + " of at most " + limits.maxFailures() + ")", e);
            if (n >= limits.maxFailures()) {
                quarantine("it threw " + n + " times, last: " + e);
            }
        } finally {
            callStartedNanos = 0;
            busyNanos.addAndGet(System.nanoTime() - started);
        }
    }

    private void quarantine(String why) {
        if (quarantineReason == null) {
            quarantineReason = why;
            queue.clear();
            queuedEvents.set(0);
            releaseBarriers();
            LOG.severe(() -> "protection " + name + " (vendor " + vendor + ") quarantined: " + why
                    + "; it receives no traffic until its bundle is updated or restarted");
        }
    }

    /** @return why the protection is quarantined; null when it is not (also when it was merely stopped) */
    String quarantineReason() {
        String r = quarantineReason;
        return r == STOPPED ? null : r;
    }

    int queued() {
        synchronized (this) {
            // a quarantine empties the queue while the worker may still count down its current batch
            return Math.max(0, queuedEvents.get()) + batch.size();
        }
    }

    void inventory(DeviceInventory inv) {
        this.inventory = inv;
    }

    void close() {
        quarantineReason = quarantineReason == null ? STOPPED : quarantineReason;
        queue.clear();
        queuedEvents.set(0);
        releaseBarriers();
        if (!queue.offer(STOP)) {
            worker.interrupt();
        }
        try {
            worker.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
        }
    }

    // ---------------------------------------------------------------- ProtectionContext

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public boolean live() {
        return live;
    }

    @Override
    public void publish(Finding f) {
        Finding named = Finding.builder(f.rule(), f.category(), f.severity()).device(f.device()).span(f.start(), f.end())
                .summary(f.summary()).evidence(f.evidence()).dedupKey(f.dedupKey()).source(name).build();
        published.incrementAndGet();
        publisher.accept(named);
    }

    @Override
    public DeviceInventory inventory() {
        DeviceInventory inv = inventory;
        return inv == null ? EmptyInventory.INSTANCE : inv;
    }

    @Override
    public FindingService findings() {
        return findings;
    }
}
