package io.hearthguard.platform.traffic;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by a {@code TrafficObserver} that finishes its work on threads of its own
 * (the protection host: one worker per protection, one publisher for their findings). The
 * {@code TrafficObserver} contract forbids blocking the capture thread, so such an observer
 * returns from {@code sessionEnded} at once; whoever runs a capture file (the
 * {@code analyze} command, a replay) then asks every observer of the session that
 * implements this interface for {@link #completed()} and waits until all have completed
 * before it reads the results (devices, findings).
 *
 * <p>The capture bundle finds it by {@code instanceof} on the observer it dispatches to; an
 * observer may also register it as a service (the protection host does) for tests and tools.
 */
@ConsumerType
public interface ObserverCompletion {

    /**
     * Called after the observer's {@code sessionEnded}, on the thread that ran the session
     * (not a live capture thread). It may wait for room in the observer's own queues (the
     * same back-pressure file sessions already accept) but must not wait for the work to be
     * done: that is what the returned stage is for.
     *
     * @return a stage that completes normally once everything this observer was given before
     *         this call has been processed and its results are stored (findings durable in the
     *         findings service); it also completes when the observer gave up on part of the
     *         work (e.g. a protection was quarantined), never exceptionally for that
     */
    CompletionStage<Void> completed();
}
