package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;

/**
 * An IoT platform's cloud names the platform, not the brand on the box: it says firmly what kind of device calls it
 * (TTLock's cloud: a lock gateway) and only weakly whose, so a brand the device names itself wins.
 */
class PlatformBrandTest {
    static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    final Identifier id = InventoryEngineTest.identifier();

    Identity decide(Fact... facts) {
        List<Evidence> all = new ArrayList<>();
        for (Fact f : facts) {
            all.addAll(id.forFact(f, T));
        }
        return Identifier.decide(all);
    }

    @Test
    void thePlatformsCloudAloneGivesTheKindAndThePlatformAsAWeakVendor() {
        Identity i = decide(new Fact(Fact.DNS, "plug.sciener.cn"));
        assertEquals(DeviceType.HUB, i.type());
        assertEquals("TTLock", i.vendor());
    }

    @Test
    void aBrandInTheDevicesOwnNameWinsOverThePlatform() {
        Identity i = decide(new Fact(Fact.DNS, "plug.sciener.cn"), new Fact(Fact.DNS, "api.ttlock.com"),
                new Fact(Fact.HOSTNAME, "sifely-gateway"));
        assertEquals("Sifely", i.vendor());
        assertEquals(DeviceType.HUB, i.type());
    }
}
