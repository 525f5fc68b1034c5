package io.hearthguard.platform.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProtectionStatusTest {

    static ProtectionStatus status(long id, ProtectionStatus.State state, String reason, long delivered, long failures, long busy) {
        return new ProtectionStatus("p" + id, "acme", id, List.of("camera"), state, reason, 0, delivered, 0, failures, 0, busy);
    }

    @Test
    void aQuarantinedStatusNeedsItsReasonAndAnActiveOneHasNone() {
        assertThrows(IllegalArgumentException.class, () -> status(1, ProtectionStatus.State.QUARANTINED, null, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> status(1, ProtectionStatus.State.ACTIVE, "threw", 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> status(1, ProtectionStatus.State.ACTIVE, null, -1, 0, 0));
        assertThrows(NullPointerException.class, () -> new ProtectionStatus(null, "v", 1, List.of(), ProtectionStatus.State.ACTIVE, null, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void theCostPerEventCountsEventsThatThrewToo() {
        assertEquals(0, status(1, ProtectionStatus.State.ACTIVE, null, 0, 0, 0).costNanosPerEvent());
        ProtectionStatus s = status(1, ProtectionStatus.State.QUARANTINED, "it threw 2 times", 8, 2, 1_000);
        assertEquals(10, s.eventsHandled());
        assertEquals(100, s.costNanosPerEvent());
        assertEquals(Optional.of("it threw 2 times"), s.quarantineReason());
    }

    @Test
    void theServiceFindsAProtectionByServiceIdAndListsTheQuarantinedOnes() {
        ProtectionStatus a = status(7, ProtectionStatus.State.ACTIVE, null, 1, 0, 1);
        ProtectionStatus q = status(9, ProtectionStatus.State.QUARANTINED, "a call took longer than 5000 ms", 1, 0, 1);
        ProtectionStatusService service = () -> List.of(a, q);
        assertEquals(Optional.of(q), service.byServiceId(9));
        assertEquals(Optional.empty(), service.byServiceId(8));
        assertEquals(List.of(q), service.quarantined());
    }
}
