package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;

/** A replayed capture's devices are online in the capture's time only; the API says so instead of "online" with a months-old last packet. */
class OnlineNowTest {
    static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");

    /** A device as discovery reports it (a proxy, so that methods added to Device later need no change here). */
    static Device device(boolean online, Instant lastSeen) {
        Map<String, Object> v = Map.of("id", "d1", "macs", List.of("44:65:0d:00:00:01"), "ips", Set.of("192.168.1.21"), "names", Set.of("Echo"),
                "displayName", "Echo", "type", DeviceType.SMART_SPEAKER, "typeConfidence", 0.9, "randomizedMac", false, "firstSeen", lastSeen.minusSeconds(3600),
                "lastSeen", lastSeen);
        return (Device) Proxy.newProxyInstance(Device.class.getClassLoader(), new Class<?>[] { Device.class }, (p, m, a) -> switch (m.getName()) {
            case "online" -> online;
            case "evidence" -> List.of();
            case "hashCode" -> 1;
            case "equals" -> p == a[0];
            case "toString" -> "device";
            default -> v.containsKey(m.getName()) ? v.get(m.getName())
                    : m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(p, m, a) : Optional.empty(); // e.g. software()
        });
    }

    @Test
    void aDeviceOfAReplayedDayIsNotOnlineNowButOnlineAsOfItsLastPacket() {
        Instant jan1 = Instant.parse("2026-01-01T23:59:00Z");
        Map<String, Object> m = Views.device(device(true, jan1), NOW);
        assertEquals(false, m.get("online"));
        assertEquals(jan1.toString(), m.get("onlineAsOf"));
        assertEquals(jan1.toString(), m.get("lastSeen"));
    }

    @Test
    void aDeviceSeenMinutesAgoIsOnlineAndAnOfflineOneIsSimplyOffline() {
        assertTrue(Views.onlineNow(device(true, NOW.minusSeconds(120)), NOW));
        assertFalse(Views.device(device(true, NOW.minusSeconds(120)), NOW).containsKey("onlineAsOf"));
        assertFalse(Views.onlineNow(device(true, NOW.minus(Views.ONLINE_WITHIN).minusSeconds(1)), NOW), "just past the window");
        Map<String, Object> off = Views.device(device(false, NOW.minusSeconds(7200)), NOW);
        assertEquals(false, off.get("online"));
        assertFalse(off.containsKey("onlineAsOf"), "offline says no more than that");
        assertFalse(Views.onlineNow(device(true, NOW.plusSeconds(86_400)), NOW), "a capture from the future is not online now either");
    }
}
