package io.hearthguard.hygiene.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.StoredFinding;

/**
 * The two platform services the component uses, as plain in-memory objects: an inventory of
 * given devices and a finding service that records what was published (the real ones are
 * the discovery and findings bundles; here only the hygiene component is under test).
 */
final class TestHome {
    private TestHome() {
    }

    record TestDevice(String id, List<String> macs, Set<String> ips) implements Device {
        public Set<String> names() { return Set.of(id); }
        public String displayName() { return "device " + id; }
        public Optional<String> vendor() { return Optional.empty(); }
        public DeviceType type() { return DeviceType.UNKNOWN; }
        public Optional<String> model() { return Optional.empty(); }
        public Optional<String> os() { return Optional.empty(); }
        public double typeConfidence() { return 0; }
        public boolean randomizedMac() { return false; }
        public Instant firstSeen() { return Instant.EPOCH; }
        public Instant lastSeen() { return Instant.EPOCH; }
        public boolean online() { return true; }
        public List<Evidence> evidence() { return List.of(); }
    }

    static DeviceInventory inventory(Device... devices) {
        return new DeviceInventory() {
            public List<Device> devices() { return List.of(devices); }
            public Optional<Device> byId(String id) { return devices().stream().filter(d -> d.id().equals(id)).findFirst(); }
            public Optional<Device> byMac(String mac) { return Optional.empty(); }
            public Optional<Device> byIp(String ip) { return Optional.empty(); }
            public Device byMacBits(long mac) { return null; }
        };
    }

    static final class Published implements FindingService {
        final List<Finding> findings = new ArrayList<>();

        @Override
        public synchronized StoredFinding publish(Finding finding) {
            findings.add(finding);
            return null;
        }

        @Override
        public Optional<StoredFinding> get(String id) {
            return Optional.empty();
        }

        @Override
        public List<StoredFinding> query(FindingFilter filter) {
            return List.of();
        }
    }

    /** A {@link HygieneComponent.Config} with the annotation's defaults except the given values. */
    static HygieneComponent.Config config(Map<String, Object> values) {
        return (HygieneComponent.Config) Proxy.newProxyInstance(HygieneComponent.Config.class.getClassLoader(),
                new Class<?>[] { HygieneComponent.Config.class }, (proxy, m, args) -> {
                    if (values.containsKey(m.getName())) {
                        return values.get(m.getName());
                    }
                    if (m.getDefaultValue() != null) {
                        return m.getDefaultValue();
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
