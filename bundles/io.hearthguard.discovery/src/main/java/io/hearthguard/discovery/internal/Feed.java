package io.hearthguard.discovery.internal;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;

/**
 * Discovery's hand-off from the capture threads: a bounded ring of what capture delivers (flow
 * snapshots, metadata records, capture-time ticks, and the session's end and completion
 * markers) and one thread, {@value #THREAD}, that feeds them to the inventory engine in the
 * order they were put. The capture thread only stores a reference per flow event or metadata
 * record (the records are capture's immutable snapshots; nothing is allocated here), so the
 * engine's work runs on another core.
 *
 * <p>Full ring: a producer that may not lose records (a file being analysed) feeds the oldest
 * records itself until there is room (so it never waits on a thread the machine does not
 * schedule); a live producer drops the record and it is counted ({@link #dropped()}), never
 * silently.
 *
 * <p>Catching up: {@link #catchUp()} feeds what is left of everything put so far on the
 * caller's thread (after the batch the feed thread may be in), so a reader on a producer's
 * thread sees the inventory as if the engine had run inline. Whoever feeds holds the
 * consumer lock, so records are fed once and in order.
 * {@link #barrier()} tells which items may change devices that readers already found (a
 * tick flushes every device, a DHCP message may merge two); see
 * {@link DiscoveryComponent#byMacBits}.
 *
 * <p>Several producers may put at once (a live capture, the DNS forwarder's session, a
 * replay); each one's items keep their order.
 */
final class Feed {
    /** The feed thread's name. */
    static final String THREAD = "hearthguard-discovery-feed";
    /** Ring size: records waiting for the engine (a power of two). */
    static final int CAPACITY = 1 << 12;
    /** A sleeping feed thread is woken when this many items wait (or at a barrier). */
    static final int WAKE_BATCH = 256;
    /** The feed thread feeds at most this many records per hold of the consumer lock. */
    static final int CHUNK = 64;

    private static final Logger LOG = Logger.getLogger(Feed.class.getName());
    /** A tick item: its capture time is in {@link #nanos}. */
    private static final Object TICK = new Object();

    /** What the feed thread calls, in order. */
    interface Sink {
        void flow(FlowRecord f);

        void metadata(TrafficMetadata m);

        void tick(Instant now);
    }

    private final Object[] items;
    private final long[] nanos;
    private final int mask;
    private final Sink sink;
    private final Thread thread;
    private final Object putLock = new Object();
    /** Held by whoever feeds records to the sink (the feed thread, or a producer catching up). */
    private final java.util.concurrent.locks.ReentrantLock consumer = new java.util.concurrent.locks.ReentrantLock();

    /** Items put so far (written under {@link #putLock}). */
    private volatile long put;
    /** Count of items up to and including the last barrier item put. */
    private volatile long barrier;
    /** Items fed to the sink so far (written under {@link #consumer}). */
    private volatile long done;
    private volatile boolean sleeping;
    private volatile boolean stopping;

    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong fedForRoom = new AtomicLong();
    private final AtomicLong catchUps = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    Feed(Sink sink) {
        this(sink, CAPACITY);
    }

    Feed(Sink sink, int capacity) {
        if (Integer.bitCount(capacity) != 1 || capacity < 2) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.items = new Object[capacity];
        this.nanos = new long[capacity];
        this.mask = capacity - 1;
        this.sink = sink;
        this.thread = new Thread(this::run, THREAD);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    // ------------------------------------------------------------------ producers

    /** @return false when the record was dropped ({@code mayDrop} and the ring full, or stopped) */
    boolean flow(FlowRecord f, boolean mayDrop) {
        return put(f, 0, mayDrop, false);
    }

    /** DHCP messages are barriers: the engine may merge a randomized MAC's device into another. */
    boolean metadata(TrafficMetadata m, boolean mayDrop) {
        return put(m, 0, mayDrop, m instanceof io.hearthguard.api.traffic.DhcpMessage);
    }

    /** A tick is a barrier: the engine flushes (publishes) every changed device at most once per second of capture time. */
    boolean tick(long nowNanos, boolean mayDrop) {
        return put(TICK, nowNanos, mayDrop, true);
    }

    /** Runs {@code r} on the feed thread after everything put before it; never dropped (waits for room). */
    boolean run(Runnable r) {
        return put(r, 0, false, true);
    }

    private boolean put(Object o, long t, boolean mayDrop, boolean isBarrier) {
        while (true) {
            if (stopping) {
                dropped.incrementAndGet();
                return false;
            }
            long p;
            synchronized (putLock) {
                p = put;
                if (p - done < items.length) {
                    int i = (int) p & mask;
                    items[i] = o;
                    nanos[i] = t;
                    if (isBarrier) {
                        barrier = p + 1;
                    }
                    put = p + 1; // publishes the slot to the feed thread
                    if (sleeping && (isBarrier || p + 1 - done >= WAKE_BATCH)) {
                        LockSupport.unpark(thread);
                    }
                    return true;
                }
            }
            if (mayDrop) {
                dropped.incrementAndGet();
                return false;
            }
            fedForRoom.incrementAndGet();
            feedUpTo(p + 1 - items.length + CHUNK); // outside the put lock: a live producer never waits behind this one
        }
    }

    // ------------------------------------------------------------------ readers

    /** @return true when items put so far are not all fed yet */
    boolean behind() {
        return done < put;
    }

    /** @return true when a barrier item put so far is not fed yet */
    boolean barrierPending() {
        return done < barrier;
    }

    /** @return items put and not fed yet */
    long pending() {
        return Math.max(0, put - done);
    }

    /** Feeds, on this thread, what is left of everything put before this call (returns at once on the feed thread). */
    void catchUp() {
        if (Thread.currentThread() == thread) {
            return;
        }
        long target = put;
        if (done < target) {
            catchUps.incrementAndGet();
            feedUpTo(target);
        }
    }

    /** Feeds records until {@code target} (a count of items) have been fed, or all that were put. */
    private void feedUpTo(long target) {
        consumer.lock();
        try {
            feedLocked(Math.min(target, put));
        } finally {
            consumer.unlock();
        }
    }

    private void feedLocked(long upTo) {
        long d = done;
        while (d < upTo) {
            int i = (int) d & mask;
            Object o = items[i];
            long t = nanos[i];
            items[i] = null;
            feed(o, t);
            done = ++d;
        }
    }

    // ------------------------------------------------------------------ the feed thread

    private void run() {
        while (true) {
            long d = done;
            if (d >= put) {
                if (stopping) {
                    break;
                }
                sleeping = true;
                if (put == done && !stopping) {
                    LockSupport.parkNanos(this, TimeUnit.SECONDS.toNanos(1));
                }
                sleeping = false;
                continue;
            }
            feedUpTo(d + CHUNK); // in chunks: a producer catching up takes over between them
        }
    }

    private void feed(Object o, long t) {
        try {
            if (o instanceof FlowRecord f) {
                sink.flow(f);
            } else if (o instanceof TrafficMetadata m) {
                sink.metadata(m);
            } else if (o == TICK) {
                sink.tick(Instant.ofEpochSecond(0, t));
            } else if (o instanceof Runnable r) {
                r.run();
            }
        } catch (RuntimeException | LinkageError e) {
            if (failures.incrementAndGet() <= 3) {
                LOG.log(Level.WARNING, "discovery: a record failed in the inventory engine", e);
            }
        }
    }

    /**
     * Feeds what was put so far, then ends the feed thread (waits at most {@code maxMillis});
     * later records are dropped and counted.
     *
     * @return true when the feed thread ended in time
     */
    boolean stop(long maxMillis) throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join(maxMillis);
        return !thread.isAlive();
    }

    // ------------------------------------------------------------------ counters

    /** @return live records dropped because the ring was full (and records put after stop) */
    long dropped() {
        return dropped.get();
    }

    /** @return times a producer that may not drop found the ring full and fed records itself to make room */
    long fedForRoom() {
        return fedForRoom.get();
    }

    /** @return times a reader had to feed records itself to catch up */
    long catchUps() {
        return catchUps.get();
    }

    /** @return records the engine threw on */
    long failures() {
        return failures.get();
    }

    boolean isFeedThread() {
        return Thread.currentThread() == thread;
    }
}
