package io.hearthguard.platform.protection;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What every protection the host runs is doing now: active or quarantined (and why), how
 * much waits in its queue, what it was given, lost, failed on and found, and what one event
 * costs it. Registered by the protection host while it runs.
 *
 * <h2>Threading</h2>
 * Safe to call from any thread at any time; it never blocks on a protection. The counters
 * are read while the protections' workers update them: each value is current, the set of
 * values need not be one instant's.
 */
@ProviderType
public interface ProtectionStatusService {

    /**
     * @return one entry per protection bound now, in the order the host bound them (a
     *         protection that was unregistered, e.g. its bundle stopped, is no longer listed;
     *         a quarantined one stays listed until then); never null
     */
    List<ProtectionStatus> protections();

    /**
     * @param serviceId the {@code service.id} of a {@code DeviceProtection} service
     * @return that protection's status, or empty when the host has not bound it (yet)
     */
    default Optional<ProtectionStatus> byServiceId(long serviceId) {
        return protections().stream().filter(p -> p.serviceId() == serviceId).findFirst();
    }

    /** @return the protections that are quarantined now; never null */
    default List<ProtectionStatus> quarantined() {
        return protections().stream().filter(p -> p.state() == ProtectionStatus.State.QUARANTINED).toList();
    }
}
