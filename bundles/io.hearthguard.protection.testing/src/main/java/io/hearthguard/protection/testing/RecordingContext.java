package io.hearthguard.protection.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.protection.ProtectionContext;

/** A protection context that records what is published; capture time is set by the test. */
public final class RecordingContext implements ProtectionContext {
    public Instant now = Instant.parse("2026-01-01T00:00:00Z");
    public final List<Finding> published = new ArrayList<>();
    public List<StoredFinding> stored = List.of();
    public int queries;

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public void publish(Finding finding) {
        published.add(finding);
    }

    @Override
    public DeviceInventory inventory() {
        return new DeviceInventory() {
            @Override public List<Device> devices() { return List.of(); }
            @Override public Optional<Device> byId(String id) { return Optional.empty(); }
            @Override public Optional<Device> byMac(String mac) { return Optional.empty(); }
            @Override public Optional<Device> byIp(String ip) { return Optional.empty(); }
            @Override public Device byMacBits(long mac) { return null; }
        };
    }

    @Override
    public FindingService findings() {
        return new FindingService() {
            @Override
            public StoredFinding publish(Finding finding) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<StoredFinding> get(String id) {
                return Optional.empty();
            }

            @Override
            public List<StoredFinding> query(FindingFilter filter) {
                queries++;
                return stored.stream().filter(s -> filter.categories() == null || filter.categories().contains(s.finding().category())).toList();
            }
        };
    }

    public List<Finding> rule(String rule) {
        return published.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
