package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HomeSubnetsTest {

    @Test
    void addressesInsideTheSubnetsAreAllowedAndEverythingElseIsNot() {
        HomeSubnets s = HomeSubnets.of(List.of("192.168.1.77/24", " 10.0.0.0/16 "));
        assertEquals("[192.168.1.0/24, 10.0.0.0/16]", s.toString());
        assertTrue(s.contains("192.168.1.1"));
        assertTrue(s.contains("10.0.255.254"));
        assertFalse(s.contains("192.168.2.1"));
        assertFalse(s.contains("8.8.8.8"));
        assertFalse(s.contains("10.1.0.1"));
    }

    @Test
    void namesIpv6AndMalformedLiteralsAreNeverInside() {
        HomeSubnets s = HomeSubnets.of(List.of("192.168.1.0/24"));
        for (String bad : new String[] { null, "", "router.lan", "::ffff:192.168.1.1", "192.168.1", "192.168.1.1.1", "192.168.1.256",
                "192.168.01.1x", "192.168..1", "0x7f.0.0.1", "192.168.1.1 " }) {
            assertFalse(s.contains(bad), String.valueOf(bad));
        }
    }

    @Test
    void subnetsWiderThanSlash16OrMalformedAreRefusedNamingTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HomeSubnets.of(List.of("0.0.0.0/0")));
        assertTrue(e.getMessage().contains("'0.0.0.0/0'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HomeSubnets.of(List.of("10.0.0.0/8")));
        assertThrows(IllegalArgumentException.class, () -> HomeSubnets.of(List.of("192.168.1.0")));
        assertThrows(IllegalArgumentException.class, () -> HomeSubnets.of(List.of("192.168.1.0/33")));
        assertThrows(IllegalArgumentException.class, () -> HomeSubnets.of(List.of("home.lan/24")));
    }

    @Test
    void noSubnetMeansNothingIsAllowed() {
        HomeSubnets s = HomeSubnets.of(List.of());
        assertTrue(s.isEmpty());
        assertFalse(s.contains("192.168.1.1"));
    }
}
