package io.hearthguard.guard.internal;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(Slot.class.getName());
    private static final Task STOP = (p, c) -> { };

    final String name;
    final String vendor;
    volatile long serviceId = -1;
    final Set<DeviceType> types; // empty: all
    final boolean wantsFlow;
    final boolean wantsMetadata;
    final boolean wantsMeter;
    private final DeviceProtection protection;
    private final BlockingQueue<Task> queue;
    private final Thread worker;
    private final Consumer<Finding> publisher;
    private final Limits limits;
    private volatile DeviceInventory inventory;
    private final FindingService findings;

    private volatile Instant now = Instant.EPOCH;
    private volatile boolean live;
    private volatile long callStartedNanos; // 0 when idle
    private volatile String quarantineReason;
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong published = new AtomicLong();

    /** Isolation limits. */
    record Limits(int queueCapacity, long callBudgetMillis, int maxFailures) {
    }

    Slot(String name, String vendor, Set<DeviceType> types, Set<String> streams, DeviceProtection protection,
            Limits limits, DeviceInventory inventory, FindingService findings, Consumer<Finding> publisher) {
        this.name = name;
        this.vendor = vendor;
        this.types = types;
        this.wantsFlow = streams.contains("flow");
        this.wantsMetadata = streams.contains("metadata");
        this.wantsMeter = streams.contains("meter");
        this.protection = protection;
        this.limits = limits;
        this.queue = new ArrayBlockingQueue<>(limits.queueCapacity());
        this.inventory = inventory;
        this.findings = findings;
        this.publisher = publisher;
        this.worker = new Thread(this::work, "hearthguard-protection-" + name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    boolean covers(DeviceType t) {
        return types.isEmpty() || types.contains(t);
    }

    /**
     * Queues work. Live capture never waits: a full queue drops the work and counts it.
     * Offline analysis waits for room so results do not depend on timing; a quarantine
     * releases the wait.
     */
    void offer(Task t, Instant captureTime, boolean liveCapture) {
        if (quarantineReason != null) {
            return;
        }
        if (liveCapture) {
            if (!queue.offer(withTime(t, captureTime, true))) {
                dropped.incrementAndGet();
            }
            return;
        }
        Task task = withTime(t, captureTime, false);
        try {
            while (quarantineReason == null && !queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                checkBudget();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropped.incrementAndGet();
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

    /** Quarantines the protection when its current call has run past the budget. */
    void checkBudget() {
        long started = callStartedNanos;
        if (started != 0 && quarantineReason == null
                && System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(limits.callBudgetMillis())) {
            quarantine("a call took longer than " + limits.callBudgetMillis() + " ms");
            worker.interrupt();
        }
    }

    /** Waits until everything queued before this call has run (or the protection was quarantined). */
    boolean drain(long timeoutMillis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        Object done = new Object();
        boolean[] reached = { false };
        offer((p, c) -> {
            synchronized (done) {
                reached[0] = true;
                done.notifyAll();
            }
        }, now, false);
        synchronized (done) {
            while (!reached[0] && quarantineReason == null) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                checkBudget();
                try {
                    done.wait(Math.min(100, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private void work() {
        while (true) {
            Task t;
            try {
                t = queue.take();
            } catch (InterruptedException e) {
                if (quarantineReason != null) {
                    queue.clear();
                    continue; // keep draining STOP requests only
                }
                return;
            }
            if (t == STOP) {
                return;
            }
            if (quarantineReason != null) {
                continue;
            }
            callStartedNanos = System.nanoTime();
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
            }
        }
    }

    private void quarantine(String why) {
        if (quarantineReason == null) {
            quarantineReason = why;
            queue.clear();
            LOG.severe(() -> "protection " + name + " (vendor " + vendor + ") quarantined: " + why
                    + "; it receives no traffic until its bundle is updated or restarted");
        }
    }

    String quarantineReason() {
        return quarantineReason;
    }

    int queued() {
        return queue.size();
    }

    void inventory(DeviceInventory inv) {
        this.inventory = inv;
    }

    void close() {
        quarantineReason = quarantineReason == null ? "stopped" : quarantineReason;
        queue.clear();
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
