package io.hearthguard.protection.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.protection.ProtectionContext;

/** A protection context that records what is published; capture time is set by the test. */
public final class RecordingContext implements ProtectionContext {
    public Instant now = Instant.parse("2026-01-01T00:00:00Z");
    public final List<Finding> published = new ArrayList<>();
    /** The devices {@link #inventory()} knows; empty until the test adds some. */
    public final FakeInventory inventory = new FakeInventory();
    /** What {@link #findings()} holds: give it earlier findings with {@link FakeFindings#with}. */
    public final FakeFindings findings = new FakeFindings();

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
        return inventory;
    }

    @Override
    public FindingService findings() {
        return findings;
    }

    public List<Finding> rule(String rule) {
        return published.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
