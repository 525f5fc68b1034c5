package io.hearthguard.guard.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/**
 * A device the inventory does not know (yet, or no discovery bundle is installed): only its
 * MAC is known. Protections that cover every device type still see its traffic.
 */
record UnknownDevice(String mac, Instant seen) implements Device {

    static String macText(long bits) {
        StringBuilder b = new StringBuilder(17);
        for (int i = 5; i >= 0; i--) {
            int octet = (int) (bits >>> (8 * i)) & 0xff;
            b.append(Character.forDigit(octet >> 4, 16)).append(Character.forDigit(octet & 0xf, 16));
            if (i > 0) {
                b.append(':');
            }
        }
        return b.toString();
    }

    @Override
    public String id() {
        return "mac-" + mac.replace(":", "");
    }

    @Override
    public List<String> macs() {
        return List.of(mac);
    }

    @Override
    public Set<String> ips() {
        return Set.of();
    }

    @Override
    public Set<String> names() {
        return Set.of();
    }

    @Override
    public String displayName() {
        return mac;
    }

    @Override
    public Optional<String> vendor() {
        return Optional.empty();
    }

    @Override
    public DeviceType type() {
        return DeviceType.UNKNOWN;
    }

    @Override
    public Optional<String> model() {
        return Optional.empty();
    }

    @Override
    public Optional<String> os() {
        return Optional.empty();
    }

    @Override
    public double typeConfidence() {
        return 0;
    }

    @Override
    public boolean randomizedMac() {
        return (Long.parseLong(mac.substring(0, 2), 16) & 0x02) != 0;
    }

    @Override
    public Instant firstSeen() {
        return seen;
    }

    @Override
    public Instant lastSeen() {
        return seen;
    }

    @Override
    public boolean online() {
        return true;
    }

    @Override
    public List<Evidence> evidence() {
        return List.of();
    }
}
