package io.hearthguard.api.traffic;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives traffic from capture. Register it as an OSGi service (whiteboard); capture
 * picks it up for sessions started afterwards.
 *
 * <h2>Threading</h2>
 * All methods are called on the capture thread of a session, one call at a time per
 * session, in capture-time order. They must return quickly and never block on I/O: the
 * packet rate of the whole hub depends on it. Hand slow work to your own executor.
 * Exceptions are caught, counted and logged; an observer that keeps throwing is removed
 * from the session.
 *
 * <h2>Order</h2>
 * Within a session, capture calls the observers for each record in {@code service.ranking}
 * order, highest first (observers of equal ranking in the order they were registered). The
 * set and order are fixed when the session starts. An observer that needs what another one
 * learns from the same packet registers with a lower ranking: device discovery runs at the
 * default 0, the hub's protection host at -100, so a protection sees a device that the
 * packet's own DHCP or mDNS record just identified.
 *
 * <h2>Completion</h2>
 * {@link #sessionEnded} must return as quickly as the other calls. An observer that finishes
 * its work on its own threads says when it is done by other means, so that tools that run a
 * capture file (e.g. {@code analyze}) can wait for it without the capture thread being held.
 *
 * <h2>Subscriptions</h2>
 * The service property {@value #PROP_STREAMS} lists what the observer wants:
 * {@code packet}, {@code flow}, {@code metadata}, {@code meter}. Only those methods are
 * called ({@code tick} and the session calls always are). Without the property an observer
 * gets flows, metadata and meters but no packets.
 */
@ConsumerType
public interface TrafficObserver {

    /** Service property: the streams this observer subscribes to (String or String[]). */
    String PROP_STREAMS = "hearthguard.traffic.streams";

    /** Stream name for {@link #packet(PacketView)}. */
    String STREAM_PACKET = "packet";
    /** Stream name for {@link #flow(FlowRecord)}. */
    String STREAM_FLOW = "flow";
    /** Stream name for {@link #metadata(TrafficMetadata)}. */
    String STREAM_METADATA = "metadata";
    /** Stream name for {@link #meter(DeviceMeter)}. */
    String STREAM_METER = "meter";

    /** A capture session starts; called before any traffic of that session. */
    default void sessionStarted(CaptureSession session) {
    }

    /**
     * One decoded packet. The view is only valid during this call.
     *
     * @param packet the flyweight view; never null
     */
    default void packet(PacketView packet) {
    }

    /** A flow snapshot (started, updated, ended). */
    default void flow(FlowRecord flow) {
    }

    /** A protocol metadata record. */
    default void metadata(TrafficMetadata record) {
    }

    /** A closed per-device meter window. */
    default void meter(DeviceMeter meter) {
    }

    /**
     * Capture time advanced; called at least once per second of capture time while traffic
     * flows, so observers can close their own windows without a wall clock.
     *
     * @param nowNanos capture time, nanoseconds since the epoch
     */
    default void tick(long nowNanos) {
    }

    /**
     * The session ended (end of file or capture stopped). All flows of the session have been
     * delivered as ENDED before this call. Flush what you hold.
     */
    default void sessionEnded(CaptureSession session) {
    }
}
