package io.hearthguard.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;

/** The part of the health report that comes from the protection host (the whole servlet runs in HubIT and HotDeployIT). */
class HealthQuarantineTest {

    @Test
    void onlyQuarantinedProtectionsAreListedWithTheirReasonBounded() {
        ProtectionStatus ok = new ProtectionStatus("ok", "acme", 1, List.of(), ProtectionStatus.State.ACTIVE, null, 0, 5, 0, 0, 0, 5);
        ProtectionStatus bad = new ProtectionStatus("bad", "acme", 2, List.of(), ProtectionStatus.State.QUARANTINED,
                "it threw 20 times, last: " + "x".repeat(2_000), 0, 0, 0, 20, 0, 5);
        List<Map<String, Object>> l = HealthServlet.quarantined(() -> List.of(ok, bad));
        assertEquals(1, l.size());
        assertEquals("bad", l.get(0).get("name"));
        assertEquals("quarantined", l.get(0).get("state"));
        String reason = (String) l.get(0).get("reason");
        assertTrue(reason.startsWith("it threw 20 times") && reason.length() <= HealthServlet.MAX_REASON + 1, reason);
    }

    @Test
    void withoutTheProtectionHostNothingIsListed() {
        assertEquals(List.of(), HealthServlet.quarantined(null));
        ProtectionStatusService none = List::of;
        assertEquals(List.of(), HealthServlet.quarantined(none));
    }
}
