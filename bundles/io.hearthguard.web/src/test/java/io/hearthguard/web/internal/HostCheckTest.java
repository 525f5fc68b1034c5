package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostCheckTest {

    @Test
    void loopbackTheBoundAddressAndConfiguredNamesPassOtherNamesDoNot() {
        HostCheck h = new HostCheck("192.168.1.2", "hub.lan, Hub.Home");
        for (String ok : new String[] { "127.0.0.1:8088", "127.0.0.1", "localhost:8088", "LOCALHOST", "[::1]:8088", "192.168.1.2:8088", "hub.lan",
                "hub.lan:8443", "hub.home", "hub.lan." }) {
            assertTrue(h.allowed(ok), ok);
        }
        for (String bad : new String[] { "evil.example:8088", "127.0.0.1.nip.io", "localhost.evil.example", "hub.lan.evil.example", "192.168.1.3",
                "", ":8088", "127.0.0.1:80:80", "[::1", "hub.lan:http", "10.0.0.1" }) {
            assertFalse(h.allowed(bad), bad);
        }
    }

    @Test
    void boundToAllAnyAddressOfThisMachinePassesButNoName() {
        HostCheck h = new HostCheck("0.0.0.0", null);
        assertTrue(h.allowed("127.0.0.1:1"));
        assertTrue(h.allowed("localhost"));
        assertFalse(h.allowed("evil.example"));
        assertFalse(h.allowed("203.0.113.9"), "an address that is not this machine's");
    }
}
