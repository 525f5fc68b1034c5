package io.hearthguard.api.traffic;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the fine-grained activity of chosen flows ({@link FlowActivity}: bursts with
 * bytes and packets each way, start and end). Implemented by a {@link TrafficObserver}
 * service that lists {@value #STREAM_ACTIVITY} in its {@value TrafficObserver#PROP_STREAMS}
 * property; capture ignores the stream for observers that do not implement this interface.
 *
 * <h2>Cost</h2>
 * Capture times only the flows some observer asked for: it calls
 * {@link #wantsActivity(FlowRecord)} when a flow starts and at each of its periodic updates,
 * and keeps per-burst counters (primitive arrays, reused) for a flow only while at least one
 * observer answers true. Flows nobody wants cost one call per flow snapshot and nothing per
 * packet.
 *
 * <h2>Threading</h2>
 * Both methods are called on the capture thread of a session, like the other
 * {@link TrafficObserver} methods: return quickly, never block. Batches are delivered at
 * least once per second of capture time while bursts closed, before the session's
 * {@link TrafficObserver#tick(long) tick}, and all open bursts are delivered before
 * {@link TrafficObserver#sessionEnded(CaptureSession)}. An observer receives the bursts of
 * every timed flow, also flows another observer asked for; filter by
 * {@link FlowActivity#flowId(int)}.
 *
 * @since 1.1
 */
@ConsumerType
public interface ActivityObserver {

    /** Stream name for {@link #activity(FlowActivity)} in {@value TrafficObserver#PROP_STREAMS}. */
    String STREAM_ACTIVITY = "activity";

    /**
     * Whether the flow's activity should be timed from now on. Asked at its
     * {@link FlowRecord.Phase#STARTED} and every {@link FlowRecord.Phase#UPDATED} snapshot;
     * the latest answer holds until the next one (so a device identified later is timed from
     * its next update).
     *
     * @param flow the snapshot just delivered; never null
     * @return true to time the flow
     */
    boolean wantsActivity(FlowRecord flow);

    /**
     * Closed bursts of timed flows.
     *
     * @param activity the batch; never null, never empty; immutable, may be kept
     */
    void activity(FlowActivity activity);
}
