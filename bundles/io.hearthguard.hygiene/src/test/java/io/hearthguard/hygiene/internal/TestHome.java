package io.hearthguard.hygiene.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
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

    static DeviceInventory inventory(Device... devices) {
        return new DeviceInventory() {
            public List<Device> devices() { return List.of(devices); }
            public Optional<Device> byId(String id) { return devices().stream().filter(d -> d.id().equals(id)).findFirst(); }
            public Optional<Device> byMac(String mac) { return Optional.empty(); }
            public Optional<Device> byIp(String ip) { return devices().stream().filter(d -> d.ips().contains(ip)).findFirst(); }
            public Device byMacBits(long mac) { return null; }
        };
    }

    static class Published implements FindingService {
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
