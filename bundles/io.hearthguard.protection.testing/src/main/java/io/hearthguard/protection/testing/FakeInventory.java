package io.hearthguard.protection.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;

/**
 * A {@link DeviceInventory} for unit tests: the devices the test adds, looked up by id,
 * MAC (any case, {@code :} or {@code -}), IP and MAC bits. Thread-safe.
 */
public final class FakeInventory implements DeviceInventory {
    private final List<Device> devices = new ArrayList<>();

    /** Adds devices; @return this */
    public synchronized FakeInventory with(Device... d) {
        devices.addAll(List.of(d));
        return this;
    }

    @Override
    public synchronized List<Device> devices() {
        return List.copyOf(devices);
    }

    @Override
    public synchronized Optional<Device> byId(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<Device> byMac(String mac) {
        String m = mac == null ? "" : mac.toLowerCase(Locale.ROOT).replace('-', ':');
        return devices.stream().filter(d -> d.macs().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(m))).findFirst();
    }

    @Override
    public synchronized Optional<Device> byIp(String ip) {
        return devices.stream().filter(d -> d.ips().contains(ip)).findFirst();
    }

    @Override
    public synchronized Device byMacBits(long mac) {
        return byMac(String.format("%02x:%02x:%02x:%02x:%02x:%02x", mac >>> 40 & 0xff, mac >>> 32 & 0xff, mac >>> 24 & 0xff, mac >>> 16 & 0xff,
                mac >>> 8 & 0xff, mac & 0xff)).orElse(null);
    }
}
