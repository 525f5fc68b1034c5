package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MacsAndIpsTest {
    @Test
    void macsParseInEveryCommonSpellingAndRejectJunk() {
        long m = 0x00113217_49f0L;
        assertEquals(m, Macs.parse("00:11:32:17:49:F0"));
        assertEquals(m, Macs.parse("00-11-32-17-49-f0"));
        assertEquals(m, Macs.parse("0011321749f0"));
        assertEquals(-1, Macs.parse("00:11:32:17:49"));
        assertEquals(-1, Macs.parse("00:11:32:17:49:fg"));
        assertEquals(-1, Macs.parse("00.11.32.17.49.f0"));
        assertEquals(-1, Macs.parse(null));
        assertEquals("00:11:32:17:49:f0", Macs.format(m));
    }

    @Test
    void randomizedMacsAreLocallyAdministered() {
        assertTrue(Macs.locallyAdministered(Macs.parse("8a:3c:d6:e1:4d:c4")));
        assertTrue(Macs.locallyAdministered(Macs.parse("92:dd:a4:8d:5f:de")));
        assertFalse(Macs.locallyAdministered(Macs.parse("00:11:32:17:49:f0")));
        assertFalse(Macs.unicast(Macs.parse("33:33:00:00:00:fb")));
        assertFalse(Macs.unicast(-1));
        assertFalse(Macs.unicast(0));
    }

    @Test
    void ipsAreCanonicalAndNeverResolved() {
        assertEquals("fd52:429e:c03c:8235:883c:d6ff:fee1:4dc4", Ips.canonical("FD52:429E:C03C:8235:883C:D6FF:FEE1:4DC4"));
        assertEquals("fe80::1", Ips.canonical("fe80:0:0:0:0:0:0:1"));
        assertEquals("2001:db8::1:0:0:1", Ips.canonical("2001:db8:0:0:1:0:0:1"));
        assertEquals("::ffff:192.0.2.1".replace("192.0.2.1", "c000:201"), Ips.canonical("::ffff:192.0.2.1"));
        assertEquals("10.0.2.7", Ips.canonical("10.0.2.7"));
        assertNull(Ips.canonical("example.com"));
        assertNull(Ips.canonical("10.0.2.256"));
        assertNull(Ips.canonical("1::2::3"));
        assertNull(Ips.canonical("1:2:3:4:5:6:7:8:9"));
        assertNull(Ips.canonical("x".repeat(1000)));
    }

    @Test
    void homeAddressesAreLocalAndPublicOnesAreNot() {
        assertTrue(Ips.local("192.168.1.10"));
        assertTrue(Ips.local("172.20.0.1"));
        assertTrue(Ips.local("fe80::1"));
        assertTrue(Ips.local("fd00::1"));
        assertFalse(Ips.local("8.8.8.8"));
        assertFalse(Ips.local("172.32.0.1"));
        assertFalse(Ips.local("2001:db8::1"));
        assertTrue(Ips.unassignable("0.0.0.0"));
        assertTrue(Ips.unassignable("255.255.255.255"));
        assertTrue(Ips.unassignable("224.0.0.251"));
        assertTrue(Ips.unassignable("ff02::fb"));
        assertTrue(Ips.global6("2001:db8::1"));
    }

    @Test
    void textCleaningDropsControlAndBidiCharactersAndBoundsLength() {
        assertEquals("evil name", Text.clean("evil\u202e\u0000 \t\r\n name\u200b"));
        assertEquals(256, Text.clean("a".repeat(100_000)).length());
        assertEquals("John’s iMac", Text.clean("John’s iMac"));
        assertEquals("", Text.clean("\ud800"));
    }
}
