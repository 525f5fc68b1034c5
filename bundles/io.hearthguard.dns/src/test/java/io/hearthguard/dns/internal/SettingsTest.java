package io.hearthguard.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void aPlainCfgLineOrATypedArrayGiveTheSameEntries() {
        assertEquals(List.of("192.0.2.53", "tls://192.0.2.54:853#dns.example"),
                DnsComponent.values(new String[] {"192.0.2.53, tls://192.0.2.54:853#dns.example"}));
        assertEquals(List.of("127.0.0.1:53", "[::1]:53"), DnsComponent.values(new String[] {"[\"127.0.0.1:53\",\"[::1]:53\"]"}));
        assertEquals(List.of("a", "b"), DnsComponent.values(new String[] {" a ", "", "b"}));
        assertEquals(List.of(), DnsComponent.values(null));
    }

    @Test
    void upstreamsAreLiteralAddressesWithPortsAndTlsNames() {
        Upstream.Spec s = Upstream.parse("tls://[2001:db8::53]#Dns.Example");
        assertTrue(s.tls());
        assertEquals(853, s.address().getPort());
        assertEquals("dns.example", s.tlsName());
        assertEquals("tls://[2001:db8:0:0:0:0:0:53]:853#dns.example", s.describe());
        assertEquals(5300, Upstream.parse("192.0.2.1:5300").address().getPort());
        assertEquals(53, Upstream.parse("192.0.2.1").address().getPort());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> Upstream.parse("dns.google"));
        assertTrue(name.getMessage().contains("not an IP address"), name.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Upstream.parse("tls://192.0.2.1:853"));
        assertThrows(IllegalArgumentException.class, () -> Upstream.parse("192.0.2.1:0"));
        assertThrows(IllegalArgumentException.class, () -> Upstream.parse("192.0.2.1:99999"));
        assertEquals(0, Upstream.parse("listen", "127.0.0.1:0").address().getPort());
    }

    @Test
    void badSettingsAreRefusedNamingTheSettingAndNothingIsBound() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new DnsComponent(Tools.config(Map.of("listen", new String[] {"127.0.0.1:0"})), dir, null));
        assertTrue(none.getMessage().contains("at least one upstream"), none.getMessage());
        IllegalArgumentException loop = assertThrows(IllegalArgumentException.class, () -> new DnsComponent(
                Tools.config(Map.of("listen", new String[] {"127.0.0.1:5399"}, "upstreams", new String[] {"127.0.0.1:5399"})), dir, null));
        assertTrue(loop.getMessage().contains("a loop"), loop.getMessage());
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class, () -> new DnsComponent(
                Tools.config(Map.of("upstreams", new String[] {"192.0.2.1"}, "sinkhole", "refuse")), dir, null));
        assertTrue(mode.getMessage().contains("sinkhole must be"), mode.getMessage());
        IllegalArgumentException prefix = assertThrows(IllegalArgumentException.class, () -> new DnsComponent(
                Tools.config(Map.of("listen", new String[] {"127.0.0.1:0"}, "upstreams", new String[] {"192.0.2.1"}, "allowedClients",
                        new String[] {"10.0.0.0/33"})), dir, null));
        assertTrue(prefix.getMessage().contains("prefix length"), prefix.getMessage());
    }
}
