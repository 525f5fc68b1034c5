package io.hearthguard.api.protection;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.traffic.FlowActivity;

/**
 * A {@link DeviceProtection} that also receives the fine-grained activity (bursts) of the
 * flows of the devices it covers. Subscribe with {@code activity} in
 * {@link ProtectionService#streams()}; usually together with {@code flow}, whose snapshots
 * tell which flow ({@link io.hearthguard.api.traffic.FlowRecord#flowId()}) a burst belongs to
 * and who its ends are.
 *
 * <p>Register the component as a {@link DeviceProtection} service (the host tracks that
 * interface): {@code @Component(service = DeviceProtection.class)}, since DS would otherwise
 * register only the directly implemented {@code ActivityProtection}.
 *
 * <h2>Delivery</h2>
 * Same as {@link DeviceProtection}: on the protection's own worker thread, one call at a time,
 * in capture-time order relative to the other calls, for each covered local device. The host
 * passes only the bursts of flows that {@code device} is an end of; a flow between two covered
 * devices arrives once for each. Bursts of one flow arrive after that flow's
 * {@link io.hearthguard.api.traffic.FlowRecord.Phase#STARTED STARTED} snapshot (or, for a flow
 * whose device became covered later, after an UPDATED one), at most about one second of
 * capture time after they closed. Arguments are non-null; {@code activity} is never empty.
 *
 * @since 1.1
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ActivityProtection extends DeviceProtection {

    /** Stream name for {@link ProtectionService#streams()}. */
    String STREAM_ACTIVITY = "activity";

    /**
     * Bursts of {@code device}'s timed flows.
     *
     * @param activity the bursts, immutable
     * @param device   the covered device that is one end of each flow
     * @param context  the host's context for this call
     */
    void activity(FlowActivity activity, Device device, ProtectionContext context);
}
