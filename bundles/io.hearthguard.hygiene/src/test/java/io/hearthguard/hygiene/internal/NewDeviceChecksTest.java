package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import io.hearthguard.api.device.DeviceEvents;

/** The new-device trigger's bounds and quiet hours, without any network (no device is reachable). */
class NewDeviceChecksTest {

    private static Event added(String id) {
        return new Event(DeviceEvents.TOPIC_ADDED, Map.of(DeviceEvents.PROP_DEVICE_ID, id));
    }

    @Test
    void aBurstOfNewDevicesQueuesAtMostTheBoundAndEachDeviceOnce() {
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] {"10.98.0.0/24"}, "newDeviceDelaySeconds", 3600)),
                TestHome.inventory(), new TestHome.Published(), null);
        try {
            for (int i = 0; i < 200; i++) {
                c.handleEvent(added("dev-" + i));
                c.handleEvent(added("dev-" + i));
            }
            assertEquals(HygieneComponent.MAX_PENDING_NEW, c.pendingNewDevices().size());
            assertTrue(c.pendingNewDevices().contains("dev-0"));
        } finally {
            c.deactivate();
        }
    }

    @Test
    void nothingIsQueuedWhenNewDeviceChecksAreOffOrHygieneIsOff() {
        HygieneComponent off = new HygieneComponent(TestHome.config(Map.of("checkNewDevices", false)), TestHome.inventory(),
                new TestHome.Published(), null);
        HygieneComponent disabled = new HygieneComponent(TestHome.config(Map.of("enabled", false)), TestHome.inventory(),
                new TestHome.Published(), null);
        try {
            off.handleEvent(added("dev-1"));
            disabled.handleEvent(added("dev-1"));
            assertEquals(0, off.pendingNewDevices().size());
            assertEquals(0, disabled.pendingNewDevices().size());
        } finally {
            off.deactivate();
            disabled.deactivate();
        }
    }

    @Test
    void aDeviceThatArrivesInQuietHoursWaitsForTheirEnd() throws Exception {
        Clock night = Clock.fixed(ZonedDateTime.of(2026, 12, 4, 23, 0, 0, 0, ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("newDeviceDelaySeconds", 0, "quietHours", "22:00-07:00")),
                TestHome.inventory(), new TestHome.Published(), null, night);
        try {
            c.handleEvent(added("dev-q"));
            Thread.sleep(500); // the zero delay has passed; the check found itself in quiet hours
            assertTrue(c.pendingNewDevices().contains("dev-q"), "still waiting for 07:00");
        } finally {
            c.deactivate();
        }
        HygieneComponent day = new HygieneComponent(TestHome.config(Map.of("newDeviceDelaySeconds", 0, "quietHours", "22:00-07:00")),
                TestHome.inventory(), new TestHome.Published(), null,
                Clock.fixed(ZonedDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC")));
        try {
            day.handleEvent(added("dev-d"));
            long until = System.nanoTime() + 10_000_000_000L;
            while (day.pendingNewDevices().contains("dev-d") && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(0, day.pendingNewDevices().size(), "outside quiet hours the check ran (the unknown device was skipped)");
        } finally {
            day.deactivate();
        }
    }
}
