package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.traffic.DeviceMeter;

class MeterHistoryTest {

    private static DeviceMeter meter(long mac, int minute) {
        Instant s = Instant.parse("2026-11-25T00:00:00Z").plusSeconds(60L * minute);
        return new DeviceMeter(mac, s, s.plusSeconds(60), minute, 2L * minute, 1, 1);
    }

    @Test
    void keepsTheLatestWindowsPerMacOldestFirstAndBoundsPointsAndDevices() {
        MeterHistory h = new MeterHistory();
        long mac = 0x44650d123456L;
        for (int i = 0; i < MeterHistory.POINTS + 10; i++) {
            h.meter(meter(mac, i));
        }
        var points = h.of("44:65:0D:12:34:56");
        assertEquals(MeterHistory.POINTS, points.size());
        assertEquals(10, points.get(0).bytesOut(), "the oldest windows went first");
        assertEquals(points, h.of("44-65-0d-12-34-56"));
        for (long m = 1; m <= MeterHistory.MACS + 5; m++) {
            h.meter(meter(m, 0));
        }
        assertTrue(h.of("44:65:0d:12:34:56").isEmpty(), "the least recently metered device was dropped");
        assertEquals(1, h.of("00:00:00:00:08:05").size());
    }

    @Test
    void malformedMacsFindNothing() {
        MeterHistory h = new MeterHistory();
        assertTrue(h.of(null).isEmpty());
        assertTrue(h.of("zz:zz:zz:zz:zz:zz").isEmpty());
        assertNull(MeterHistory.macBits("44:65:0d"));
    }
}
