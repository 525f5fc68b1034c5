package io.hearthguard.discovery.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.device.SoftwareVersion;

/** Immutable {@link Device} value handed to readers. */
record DeviceSnapshot(String id, List<String> macs, Set<String> ips, Set<String> names, String displayName,
        Optional<String> vendor, DeviceType type, Optional<String> model, Optional<String> os, double typeConfidence,
        boolean randomizedMac, Instant firstSeen, Instant lastSeen, boolean online, List<Evidence> evidence,
        List<SoftwareVersion> software)
        implements Device {

    /** @return true when what a person sees of the device differs (not counting times and online state) */
    boolean identityDiffers(DeviceSnapshot o) {
        return o == null || !macs.equals(o.macs) || !ips.equals(o.ips) || !names.equals(o.names)
                || !vendor.equals(o.vendor) || type != o.type || !model.equals(o.model) || !os.equals(o.os)
                || !software.equals(o.software);
    }
}
