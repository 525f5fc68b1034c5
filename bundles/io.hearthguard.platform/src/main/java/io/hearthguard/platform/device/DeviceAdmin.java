package io.hearthguard.platform.device;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes to the home's device inventory that the family asks for. Registered by the bundle
 * that keeps the inventory (discovery) next to its {@link io.hearthguard.api.device.DeviceInventory};
 * the dashboard takes it as an optional reference.
 *
 * <p>Threading: callable from any thread; returns once the inventory no longer lists the
 * device (its stored row is deleted shortly after, off the caller's thread).
 *
 * @since 1.0.0
 */
@ProviderType
public interface DeviceAdmin {

    /**
     * Forgets a device the family gave away or threw out: the inventory drops it with
     * everything it learned about it (addresses, names, evidence, first-seen time) from
     * memory and from the store, and announces its removal
     * ({@link io.hearthguard.api.device.DeviceEvents}). If the device shows up on the network
     * again it is a new device: new first-seen time, identified afresh.
     *
     * @param deviceId the inventory id, never null
     * @return true when the device was known and is forgotten; false when the inventory has no such device
     */
    boolean forget(String deviceId);
}
