package io.hearthguard.api.device;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The home's device list. Registered once by the platform (discovery).
 *
 * <p>Thread-safe; reads never block on I/O and are cheap enough to call per flow. Results
 * are snapshots: observe changes through {@link DeviceEvents} on EventAdmin. All arguments
 * must be non-null; lookups of malformed addresses return empty rather than throw.
 */
@ProviderType
public interface DeviceInventory {

    /** @return all known devices, online and offline, in no particular order */
    List<Device> devices();

    /** @return the device with this id */
    Optional<Device> byId(String id);

    /** @return the device using this MAC address (any case, {@code :} or {@code -} separated) */
    Optional<Device> byMac(String mac);

    /** @return the device most recently seen using this IPv4 or IPv6 address */
    Optional<Device> byIp(String ip);

    /**
     * Lookup for the packet and flow path: the MAC as the 48 low bits of a long, as
     * {@link io.hearthguard.api.traffic.PacketView#srcMac()} returns it. Does not allocate
     * when the device is known.
     *
     * @return the device, or null when none uses this MAC
     */
    Device byMacBits(long mac);
}
