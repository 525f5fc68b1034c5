package io.hearthguard.api.device;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An immutable snapshot of one physical device as the hub knows it.
 *
 * <p>One device per physical device: its {@link #id()} stays the same when its IP address
 * changes and, where DHCP client id or hostname allow, across randomized MAC addresses.
 * Implemented by the platform; thread-safe; every method returns non-null values
 * (empty collections or {@link Optional#empty()} where nothing is known).
 */
@ProviderType
public interface Device {

    /** @return stable opaque id, unique within this hub, safe in URLs and MQTT topics ([a-z0-9-]) */
    String id();

    /** @return MAC addresses seen for this device, lower case {@code aa:bb:cc:dd:ee:ff}; the first is primary */
    List<String> macs();

    /** @return IPv4 and IPv6 addresses currently or recently used, in textual form */
    Set<String> ips();

    /** @return names the device announced or was given (DHCP hostname, mDNS, UPnP friendly name, user label) */
    Set<String> names();

    /** @return the best display name: user label, then announced names, then vendor and type */
    String displayName();

    /** @return the manufacturer, when known from the OUI registry or stronger evidence */
    Optional<String> vendor();

    /** @return the device type; {@link DeviceType#UNKNOWN} when evidence does not allow more */
    DeviceType type();

    /** @return the model, e.g. {@code Echo Dot (3rd Gen)}, when evidence names it */
    Optional<String> model();

    /** @return the operating system, when evidence names it */
    Optional<String> os();

    /** @return confidence in {@link #type()}, 0.0 to 1.0 */
    double typeConfidence();

    /** @return true when the primary MAC is locally administered (randomized); its vendor is then unknown */
    boolean randomizedMac();

    /** @return when the device was first seen (capture time) */
    Instant firstSeen();

    /** @return when the device was last seen (capture time) */
    Instant lastSeen();

    /** @return whether the device is currently considered online */
    boolean online();

    /** @return the facts that led to vendor, type, model and os, strongest first */
    List<Evidence> evidence();

    /**
     * @return software and firmware versions the device announced about itself (mDNS TXT,
     *         DHCP vendor class, SSDP {@code SERVER}, UPnP description), at most 16, each
     *         (product, version, source) once; empty when none or when the implementation
     *         predates 1.1
     * @since 1.1
     */
    default List<SoftwareVersion> software() {
        return List.of();
    }
}
