package io.hearthguard.guard.internal;

import java.util.List;
import java.util.Optional;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;

/** Stands in while no discovery bundle provides the inventory. */
enum EmptyInventory implements DeviceInventory {
    INSTANCE;

    @Override
    public List<Device> devices() {
        return List.of();
    }

    @Override
    public Optional<Device> byId(String id) {
        return Optional.empty();
    }

    @Override
    public Optional<Device> byMac(String mac) {
        return Optional.empty();
    }

    @Override
    public Optional<Device> byIp(String ip) {
        return Optional.empty();
    }

    @Override
    public Device byMacBits(long mac) {
        return null;
    }
}
