package io.hearthguard.api.protection;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.traffic.DeviceMeter;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TrafficMetadata;

/**
 * A protection: watches the traffic of the devices it covers and publishes findings.
 * Implemented by vendors (and by Hearthguard's built-in protections, in the same way).
 *
 * <h2>Delivery</h2>
 * The platform's protection host calls a protection for each covered local device a flow,
 * metadata record or meter belongs to (a flow between two covered local devices arrives
 * once for each). Calls for one protection are made on that protection's own worker thread,
 * one at a time and in capture-time order, so an implementation needs no locking for its
 * own state. Traffic is queued to each protection separately: a slow or failing protection
 * never slows capture or other protections. A protection whose calls throw repeatedly or
 * take longer than the budget is quarantined and reported in the hub's health.
 *
 * <h2>Contract</h2>
 * Do not block (no network or disk I/O on these calls), do not keep a reference to the
 * context beyond the protection's lifetime, and stop any thread you start in
 * {@code @Deactivate}: bundles are updated in place while the hub runs. All arguments are
 * non-null. Times are capture times: use {@link ProtectionContext#now()}, never the wall
 * clock, so analysis of a file gives the same findings as the live traffic did.
 *
 * <p>Every method has an empty default so a protection implements only what it subscribes
 * to with {@link ProtectionService#streams()}.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface DeviceProtection {

    /** A flow snapshot involving {@code device}. */
    default void flow(FlowRecord flow, Device device, ProtectionContext context) {
    }

    /** A metadata record sent or received by {@code device}. */
    default void metadata(TrafficMetadata record, Device device, ProtectionContext context) {
    }

    /** A closed meter window of {@code device}. */
    default void meter(DeviceMeter meter, Device device, ProtectionContext context) {
    }

    /** Capture time advanced (at least once per second of capture time). */
    default void tick(ProtectionContext context) {
    }

    /** The capture session ended: flush windows and publish what is pending. */
    default void sessionEnded(ProtectionContext context) {
    }
}
