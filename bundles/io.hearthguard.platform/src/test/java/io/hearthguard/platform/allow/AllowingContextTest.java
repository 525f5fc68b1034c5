package io.hearthguard.platform.allow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.ProtectionContext;

class AllowingContextTest {
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    static Finding finding(String device, Map<String, Object> evidence) {
        return Finding.builder("eavesdrop.long-listening", Categories.EAVESDROP, Severity.HIGH)
                .device(device == null ? null : new DeviceRef(device, "44:65:0d:00:00:01", "192.168.1.21", "Echo")).span(T, T)
                .summary("s").evidence(evidence).source("test").build();
    }

    /** The host's context: records what reaches it. */
    static final class Host implements ProtectionContext {
        final List<Finding> published = new ArrayList<>();
        public Instant now() { return T; }
        public boolean live() { return false; }
        public void publish(Finding f) { published.add(f); }
        public DeviceInventory inventory() { return null; }
        public FindingService findings() { return null; }
    }

    @Test
    void aFindingTheFamilyAllowedForThisDeviceAndDestinationDoesNotReachTheHost() {
        Host host = new Host();
        AllowList allow = (device, rule, dest) -> "echo".equals(device) && "eavesdrop.long-listening".equals(rule) && "avs.example".equals(dest);
        AllowingContext c = new AllowingContext(host, () -> allow);
        c.publish(finding("echo", Map.of("remotes", List.of("Other.example", "AVS.example"))));
        c.publish(finding("echo", Map.of("remote", "other.example")));
        c.publish(finding("echo2", Map.of("remotes", List.of("avs.example"))));
        c.publish(finding(null, Map.of("remotes", List.of("avs.example"))));
        assertEquals(3, host.published.size(), "only the first is allowed: " + host.published);
        assertEquals(T, c.now());
        assertTrue(c.host() == host);
    }

    @Test
    void theCacheKeepsOneWrapperPerHostContext() {
        AllowingContext.Cache cache = new AllowingContext.Cache(() -> null);
        Host one = new Host(), two = new Host();
        ProtectionContext a = cache.over(one);
        assertTrue(a == cache.over(one), "no new wrapper per event");
        ProtectionContext b = cache.over(two);
        assertTrue(b != a && ((AllowingContext) b).host() == two, "a new host context gets its own");
        b.publish(finding("echo", Map.of()));
        assertEquals(1, two.published.size());
    }

    @Test
    void withoutAnAllowListEverythingIsRaised() {
        Host host = new Host();
        AllowingContext c = new AllowingContext(host, () -> null);
        c.publish(finding("echo", Map.of()));
        assertEquals(1, host.published.size());
        assertFalse(AllowingContext.allowed(null, finding("echo", Map.of())));
        assertTrue(AllowingContext.allowed((d, r, dest) -> dest == null, finding("echo", Map.of())), "a rule without destination covers every one");
    }

    @Test
    void destinationsAreReadFromTheKnownKeysLowerCaseOnceAndBounded() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add("h" + i + ".example");
        }
        assertEquals(List.of("a.example", "b.example", "203.0.113.6"),
                AllowingContext.destinations(finding("echo", Map.of("remote", "A.example", "remotes", List.of("a.example", "B.example", 7, " "), "indicator", "203.0.113.6"))));
        assertEquals(AllowingContext.MAX_DESTINATIONS, AllowingContext.destinations(finding("echo", Map.of("remotes", many))).size());
    }
}
