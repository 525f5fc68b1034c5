package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static ZonedDateTime at(int h, int m) {
        return ZonedDateTime.of(2026, 12, 4, h, m, 0, 0, ZONE);
    }

    @Test
    void aWindowAcrossMidnightHoldsChecksUntilItEnds() {
        QuietHours q = QuietHours.parse("22:00-07:00");
        assertEquals(Duration.ofHours(8), q.waitFrom(at(23, 0)));
        assertEquals(Duration.ofMinutes(30), q.waitFrom(at(6, 30)));
        assertEquals(Duration.ZERO, q.waitFrom(at(7, 0)));
        assertEquals(Duration.ZERO, q.waitFrom(at(12, 0)));
        assertEquals(Duration.ofHours(9), q.waitFrom(at(22, 0)));
    }

    @Test
    void aDaytimeWindowAndNone() {
        QuietHours q = QuietHours.parse(" 12:30 - 14:00 ");
        assertEquals(Duration.ofMinutes(90), q.waitFrom(at(12, 30)));
        assertEquals(Duration.ZERO, q.waitFrom(at(14, 0)));
        assertEquals(Duration.ZERO, QuietHours.parse("").waitFrom(at(3, 0)));
    }

    @Test
    void malformedWindowsAreRefusedWithTheExpectedForm() {
        for (String bad : new String[] {"22-7", "22:00", "22:00-07:00-08:00", "25:00-07:00", "07:00-07:00"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuietHours.parse(bad), bad);
            assertTrue(e.getMessage().contains("quietHours"), e.getMessage());
        }
    }
}
