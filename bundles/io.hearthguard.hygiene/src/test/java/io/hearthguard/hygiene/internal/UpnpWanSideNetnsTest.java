package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/**
 * UPnP on the router's internet (WAN) side, with the real Debian {@code miniupnpd} as the router
 * of a namespace the test creates and removes ({@link MiniUpnpd}), configured two ways:
 * <ul>
 * <li>safely: listening on the home side only, its internet address public ({@value MiniUpnpd#WAN_IP});</li>
 * <li>unsafely: also listening on its internet side. Debian's miniupnpd refuses to listen on a public
 * address, so this router's internet address is a carrier-grade NAT one (100.64.0.2), as behind a
 * provider's CGNAT — and then it names no external address ({@code GetExternalIPAddress} is empty).</li>
 * </ul>
 * A second namespace on the router's internet side (made by the test, holding the other end of its
 * WAN veth) is the ground truth: only the unsafe router answers there. The hub, inside, cannot
 * tell them apart, and says so: its finding is informational and names what it can and cannot
 * show. For the probe to reach the router from the home side, the test routes the router's
 * internet address through the test's veth (a host route it adds and removes).
 * Install: {@code apt-get install miniupnpd miniupnpc}. Skips when not root or without {@code ip netns}.
 */
@Timeout(120)
class UpnpWanSideNetnsTest {
    @TempDir
    Path dir;

    /** The ground truth from the internet side: [SSDP answered, HTTP answered] for a probe from a namespace on the router's WAN link. */
    private static boolean[] fromOutside(Netns router, String wanIp) throws Exception {
        String outside = "hgwan" + router.name.substring(5);
        String me = wanIp.substring(0, wanIp.lastIndexOf('.')) + ".9";
        try {
            assertEquals(0, Netns.exit(List.of("ip", "netns", "add", outside)));
            router.exec("ip", "link", "set", "wan0p", "netns", outside);
            assertEquals(0, Netns.exit(List.of("ip", "-n", outside, "addr", "add", me + "/24", "dev", "wan0p")));
            assertEquals(0, Netns.exit(List.of("ip", "-n", outside, "link", "set", "wan0p", "up")));
            String py = "import socket\n"
                    + "s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); s.settimeout(1.5)\n"
                    + "s.sendto(b'M-SEARCH * HTTP/1.1\\r\\nHOST: " + wanIp + ":1900\\r\\nMAN: \"ssdp:discover\"\\r\\nMX: 1\\r\\nST: ssdp:all\\r\\n\\r\\n',('" + wanIp + "',1900))\n"
                    + "try:\n  s.recvfrom(2048); print('ssdp=yes')\nexcept Exception: print('ssdp=no')\n"
                    + "try:\n  c=socket.create_connection(('" + wanIp + "',5000),1.5); c.sendall(b'GET /rootDesc.xml HTTP/1.0\\r\\n\\r\\n'); c.settimeout(1.5)\n"
                    + "  print('http=yes' if c.recv(12).startswith(b'HTTP/') else 'http=no')\nexcept Exception: print('http=no')\n";
            String out = Netns.run(List.of("ip", "netns", "exec", outside, "python3", "-c", py));
            return new boolean[] { out.contains("ssdp=yes"), out.contains("http=yes") };
        } finally {
            Netns.exit(List.of("ip", "netns", "del", outside));
        }
    }

    private static List<Finding> hubFindings(Netns ns) throws Exception {
        TestHome.Published published = new TestHome.Published();
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet }, "scheduleHours", 0,
                "upnpSearchMillis", 1500, "natPmp", false)), TestHome.inventory(), published, null);
        try {
            return c.checkRouterMappings().stream().filter(f -> f.rule().equals("hygiene.upnp.wan-side")).toList();
        } finally {
            c.deactivate();
        }
    }

    @Test
    void aRouterListeningOnlyAtHomeAnswersItsInternetAddressFromInsideSoTheHubSaysItCannotTell() throws Exception {
        try (Netns ns = MiniUpnpd.start(dir, false, MiniUpnpd.WAN_IP, false)) {
            assertEquals(0, Netns.exit(List.of("ip", "route", "add", MiniUpnpd.WAN_IP + "/32", "via", ns.nsIp)));
            try {
                List<Finding> f = hubFindings(ns);
                assertEquals(1, f.size(), f.toString());
                Finding w = f.get(0);
                assertEquals(Severity.INFO, w.severity(), "no points: an answer from inside proves nothing about the internet side");
                assertEquals(MiniUpnpd.WAN_IP, w.evidence().get("externalAddress"), "learned from the router itself");
                assertEquals("public", w.evidence().get("externalKind"));
                assertEquals(true, w.evidence().get("ssdpAnswered"));
                assertEquals(true, w.evidence().get("httpAnswered"));
                assertTrue(String.valueOf(w.evidence().get("cannotShow")).contains("Only a check from outside the home can tell"), w.evidence().toString());
                assertTrue(String.valueOf(w.evidence().get("fix")).contains("UPnP serves only the home network (LAN)"), w.evidence().toString());
            } finally {
                Netns.exit(List.of("ip", "route", "del", MiniUpnpd.WAN_IP + "/32"));
            }
            boolean[] outside = fromOutside(ns, MiniUpnpd.WAN_IP);
            assertEquals(List.of(false, false), List.of(outside[0], outside[1]), "the safe router does not answer from its internet side");
        }
    }

    @Test
    void aRouterAlsoListeningOnItsInternetSideNamesNoAddressAndTheHubSaysWhyItCannotCheck() throws Exception {
        String cgnat = "100.64.0.2";
        try (Netns ns = MiniUpnpd.start(dir, false, cgnat, true)) {
            List<Finding> f = hubFindings(ns);
            assertEquals(1, f.size(), f.toString());
            Finding w = f.get(0);
            assertEquals(Severity.INFO, w.severity());
            assertTrue(String.valueOf(w.evidence().get("externalAddress")).startsWith("none named"), w.evidence().toString());
            assertTrue(w.summary().contains("names no internet address") && w.summary().contains("UPnP serves only the home network (LAN)"), w.summary());
            boolean[] outside = fromOutside(ns, cgnat);
            assertEquals(List.of(true, true), List.of(outside[0], outside[1]), "the unsafe router answers on its internet side: what the hub cannot see");
        }
    }

    @Test
    void onlyAnOrdinaryOutsideAddressReachedThroughTheRouterIsEverProbed() {
        HomeSubnets home = HomeSubnets.of(List.of("192.168.1.0/24"));
        assertTrue(WanSide.refusal("192.168.1.77", home).contains("inside the home subnets"));
        for (String bad : List.of("0.0.0.0", "127.0.0.1", "169.254.1.1", "239.255.255.250", "255.255.255.255")) {
            assertTrue(WanSide.refusal(bad, home).contains("not an ordinary unicast address"), bad);
        }
        assertTrue(WanSide.refusal("router.example", home).contains("not an IPv4 address"));
        assertEquals(null, WanSide.refusal("11.0.0.2", home));
        assertEquals(List.of("public", "private", "shared", "reserved"), List.of(WanSide.kind("11.0.0.2"), WanSide.kind("192.168.0.2"),
                WanSide.kind("100.64.3.4"), WanSide.kind("198.18.0.1")));
    }
}
