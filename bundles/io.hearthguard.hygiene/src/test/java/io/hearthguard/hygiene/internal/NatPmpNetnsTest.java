package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/**
 * The real Debian {@code miniupnpd} with NAT-PMP/PCP on ({@link MiniUpnpd}); a mapping opened
 * by the real {@code natpmpc} (package natpmpc) from this machine's end of the veth pair, as a
 * game console would, and one by {@code upnpc}. Skips when not root, without {@code ip netns},
 * or when the packages are missing.
 */
@Timeout(120)
class NatPmpNetnsTest {
    @TempDir
    static Path dir;
    private static Netns ns;

    @BeforeAll
    static void startRouter() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/natpmpc")), "natpmpc is missing (apt-get install natpmpc): skipped");
        ns = MiniUpnpd.start(dir, true);
        Process p = new ProcessBuilder("natpmpc", "-g", ns.nsIp, "-a", "18081", "8081", "tcp", "3600").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertTrue(out.contains("Mapped public port 18081"), out);
        String net = ns.nsIp.substring(0, ns.nsIp.lastIndexOf('.'));
        MiniUpnpd.upnpc(ns, "-e", "camera stream", "-a", net + ".5", "8080", "18080", "TCP");
    }

    @AfterAll
    static void stopRouter() throws Exception {
        if (ns != null) {
            ns.close();
        }
    }

    @Test
    void theRouterTakingNatPmpAndPcpIsReportedAndTheMappingsItOpenedSaySo() throws Exception {
        TestHome.Published published = new TestHome.Published();
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet }, "scheduleHours", 0,
                "upnpSearchMillis", 1500)), TestHome.inventory(), published, null);
        List<Finding> f;
        try {
            f = c.checkRouterMappings();
        } finally {
            c.deactivate();
        }
        assertEquals(f, published.findings);
        Finding n = f.stream().filter(x -> x.rule().equals("hygiene.router.natpmp")).findFirst().orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(Severity.LOW, n.severity());
        assertEquals(ns.nsIp, n.device().ip());
        assertEquals(List.of("NAT-PMP", "PCP"), n.evidence().get("protocols"));
        assertEquals(MiniUpnpd.WAN_IP, n.evidence().get("externalAddress")); // what the router told NAT-PMP
        assertTrue(((String) n.evidence().get("fix")).contains("Turn NAT-PMP / PCP off"), n.evidence().toString());

        Finding mine = f.stream().filter(x -> x.rule().equals("hygiene.upnp.port-mapping") && ns.hostIp.equals(x.evidence().get("ip")))
                .findFirst().orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(List.of("NAT-PMP"), mine.evidence().get("openedBy"));
        assertTrue(mine.summary().contains("TCP 18081->8081") && mine.summary().contains("opened over NAT-PMP."), mine.summary());
        Finding cam = f.stream().filter(x -> x.rule().equals("hygiene.upnp.port-mapping") && x.summary().contains("18080"))
                .findFirst().orElseThrow();
        assertFalse(cam.evidence().containsKey("openedBy"), cam.evidence().toString());
        assertTrue(cam.summary().contains("opened over UPnP"), cam.summary());
        assertEquals(3, f.size(), f.toString());
    }

    @Test
    void natPmpAndPcpAreAskedWithoutMappingAnything() throws Exception {
        NatPmp.Result r = new NatPmp(HomeSubnets.of(List.of(ns.subnet))).query(ns.nsIp);
        assertTrue(r.natPmp() && r.pcp(), r.toString());
        assertEquals(2 + 24, r.bytesSent()); // one NAT-PMP address request, one PCP ANNOUNCE, each answered the first time
        String list = Netns.run(List.of("upnpc", "-u", MiniUpnpd.rootDesc(ns), "-l"));
        assertEquals(2, list.lines().filter(l -> l.matches("\\s*\\d+ (TCP|UDP) .*")).count(), list); // still the two the test made
    }

    @Test
    void aRouterOutsideTheHomeSubnetsIsNotAsked() throws Exception {
        NatPmp.Result r = new NatPmp(HomeSubnets.of(List.of("10.99.0.0/24"))).query(ns.nsIp);
        assertFalse(r.open());
        assertEquals(0, r.bytesSent());
        assertTrue(r.notes().toString().contains("not inside the home subnets"), r.notes().toString());
    }
}
