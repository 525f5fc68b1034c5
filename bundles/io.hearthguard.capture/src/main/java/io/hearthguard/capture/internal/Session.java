package io.hearthguard.capture.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.hearthguard.api.traffic.CaptureSession;

/** {@link CaptureSession} whose counters the engine publishes (readable from any thread). */
public final class Session implements CaptureSession {
    private static final AtomicLong IDS = new AtomicLong();
    private final String id;
    private final String source;
    private final boolean live;
    volatile long received;
    volatile long processed;
    volatile long dropped;

    public Session(String source, boolean live) {
        this.id = (live ? "live-" : "file-") + Long.toString(System.currentTimeMillis(), 36) + "-" + IDS.incrementAndGet();
        this.source = source;
        this.live = live;
    }

    /**
     * Sets the counters of a session that is not run by an {@link Engine} (the metadata
     * feed); the engine sets its own.
     */
    public void counters(long received, long processed, long dropped) {
        this.received = received;
        this.processed = processed;
        this.dropped = dropped;
    }

    @Override public String id() { return id; }
    @Override public String source() { return source; }
    @Override public boolean live() { return live; }
    @Override public long received() { return received; }
    @Override public long processed() { return processed; }
    @Override public long dropped() { return dropped; }

    @Override
    public String toString() {
        return "capture session " + id + " (" + source + "): received " + received + ", processed " + processed + ", dropped " + dropped;
    }
}
