package io.hearthguard.response.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void givenValidValues_whenNormalised_thenCanonical() {
        assertEquals("aa:bb:cc:dd:ee:0f", Addresses.mac(" AA-BB-CC-DD-EE-0F "));
        assertEquals("192.0.2.7", Addresses.address("192.0.2.7"));
        assertEquals("198.51.100.0/24", Addresses.address("198.51.100.0/24"));
        assertEquals("2001:db8::1", Addresses.address("2001:DB8:0:0:0:0:0:1"));
        assertEquals("2001:db8::/32", Addresses.address("2001:db8::/32"));
        assertEquals("::1", Addresses.address("::1"));
        assertEquals("ads.example.com", Addresses.domain("Ads.Example.COM."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4/33", "1.2.3.4/24", "0.0.0.0/0", "10.0.0.0/4",
            "1.2.3.4; flush ruleset", "::/0", "2001:db8::1/129", "2001:db8::g", ":::", "1.2.3.4/-1", "1.2.3.4/x" })
    void givenMalformedOrTooWideAddresses_whenNormalised_thenRefusedWithTheValue(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Addresses.address(bad));
        assertTrue(e.getMessage().contains("'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "aa:bb:cc:dd:ee", "aa:bb:cc:dd:ee:ff:00", "zz:bb:cc:dd:ee:ff", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff",
            "aa:bb:cc:dd:ee:ff\nflush", "aa:bb:cc:dd:ee:ff }" })
    void givenMalformedMacs_whenNormalised_thenRefused(String bad) {
        assertThrows(IllegalArgumentException.class, () -> Addresses.mac(bad));
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "-a.example", "a..example", "exa mple.com", "example.com\"; flush ruleset; \"",
            "xn--caf-dma.example\u0000" })
    void givenMalformedDomains_whenNormalised_thenRefused(String bad) {
        assertThrows(IllegalArgumentException.class, () -> Addresses.domain(bad));
    }

    @Test
    void givenAHugeValue_whenRefused_thenTheMessageIsBounded() {
        String huge = "x".repeat(1_000_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Addresses.domain(huge));
        assertTrue(e.getMessage().length() < 200, "message length " + e.getMessage().length());
    }
}
