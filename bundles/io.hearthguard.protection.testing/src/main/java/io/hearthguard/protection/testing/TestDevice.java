package io.hearthguard.protection.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/** A device snapshot built by tests. */
public record TestDevice(String id, String mac, String ip, DeviceType type) implements Device {
    @Override public List<String> macs() { return List.of(mac); }
    @Override public Set<String> ips() { return Set.of(ip); }
    @Override public Set<String> names() { return Set.of(id); }
    @Override public String displayName() { return id; }
    @Override public Optional<String> vendor() { return Optional.empty(); }
    @Override public Optional<String> model() { return Optional.empty(); }
    @Override public Optional<String> os() { return Optional.empty(); }
    @Override public double typeConfidence() { return 1; }
    @Override public boolean randomizedMac() { return false; }
    @Override public Instant firstSeen() { return Instant.EPOCH; }
    @Override public Instant lastSeen() { return Instant.EPOCH; }
    @Override public boolean online() { return true; }
    @Override public List<Evidence> evidence() { return List.of(); }
}
