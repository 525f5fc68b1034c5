package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.protection.testing.TestDevice;

/**
 * The real Debian {@code miniupnpd} (nftables build) as the home router, NAT-PMP/PCP off
 * ({@link MiniUpnpd}: a network namespace the test creates and removes). Mappings are added with the real {@code upnpc} (package miniupnpc) over the LAN, as a
 * device's app would. Install: {@code apt-get install miniupnpd miniupnpc}. Skips when not
 * root, without {@code ip netns}, or when they are missing.
 */
@Timeout(120)
class UpnpIgdNetnsTest {
    @TempDir
    static Path dir;
    private static Netns ns;
    private static String rootDesc;

    @BeforeAll
    static void startRouter() throws Exception {
        ns = MiniUpnpd.start(dir, false);
        rootDesc = MiniUpnpd.rootDesc(ns);
        String net = ns.nsIp.substring(0, ns.nsIp.lastIndexOf('.'));
        MiniUpnpd.upnpc(ns, "-e", "camera stream", "-a", net + ".5", "8080", "18080", "TCP");
        MiniUpnpd.upnpc(ns, "-e", "camera rtsp", "-a", net + ".5", "554", "10554", "TCP");
        MiniUpnpd.upnpc(ns, "-e", "console", "-a", net + ".6", "3074", "3074", "UDP");
    }

    @AfterAll
    static void stopRouter() throws Exception {
        if (ns != null) {
            ns.close();
        }
    }

    private static UpnpIgd.Bounds bounds(int maxMappings) {
        return new UpnpIgd.Bounds(new Limits(1000, 3000, 4096), 1500, maxMappings, 262_144, 20_000);
    }

    @Test
    void theRoutersMappingsAreFoundOverSsdpAndListedPerDeviceWithTheFix() throws Exception {
        UpnpIgd.Result r = new UpnpIgd(HomeSubnets.of(List.of(ns.subnet)), bounds(128)).query();
        assertEquals(ns.nsIp, r.router(), r.toString());
        String net = ns.nsIp.substring(0, ns.nsIp.lastIndexOf('.'));
        // miniupnpd lists the newest first; the order is the router's, so compare sorted
        assertEquals(List.of("TCP 10554 -> " + net + ".5:554", "TCP 18080 -> " + net + ".5:8080", "UDP 3074 -> " + net + ".6:3074"),
                r.mappings().stream().map(m -> m.protocol() + " " + m.externalPort() + " -> " + m.internalClient() + ":" + m.internalPort()).sorted().toList());
        assertEquals("camera stream", r.mappings().stream().filter(m -> m.externalPort() == 18080).findFirst().orElseThrow().description());
        assertEquals(List.of(), r.notes());

        TestHome.Published published = new TestHome.Published();
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet }, "scheduleHours", 0,
                "upnpSearchMillis", 1500)), TestHome.inventory(new TestDevice("cam-1", "02:00:00:00:00:05", net + ".5", DeviceType.CAMERA)),
                published, null);
        List<Finding> f;
        try {
            f = c.checkRouterMappings();
        } finally {
            c.deactivate();
        }
        assertEquals(2, f.size(), f.toString());
        assertEquals(f, published.findings);
        Finding cam = f.stream().filter(x -> (net + ".5").equals(x.evidence().get("ip"))).findFirst().orElseThrow();
        assertEquals("hygiene.upnp.port-mapping", cam.rule());
        assertEquals(Severity.MEDIUM, cam.severity());
        assertEquals("cam-1", cam.device().id()); // the inventory's device for the address
        assertEquals(2, ((List<?>) cam.evidence().get("mappings")).size());
        assertTrue(cam.summary().contains("TCP 18080->8080") && cam.summary().contains("TCP 10554->554"), cam.summary());
        assertTrue(((String) cam.evidence().get("fix")).contains("turn UPnP off in the router"), cam.evidence().toString());
        Finding console = f.stream().filter(x -> (net + ".6").equals(x.evidence().get("ip"))).findFirst().orElseThrow();
        assertNull(console.device().id()); // not in the inventory: named by its address
        assertEquals(net + ".6", console.device().ip());
    }

    @Test
    void theRoutersSoftwareNamedInItsUpnpAnswerIsComparedWithAdvisories() throws Exception {
        UpnpIgd.Result r = new UpnpIgd(HomeSubnets.of(List.of(ns.subnet)), bounds(128)).query();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)miniupnpd/([0-9][0-9.]*)").matcher(r.server());
        assertTrue(m.find(), "the real miniupnpd names itself in SERVER: " + r.server());
        String installed = m.group(1);
        // an advisory file written for this test (not a real advisory): the comparison is what is tested
        Path adv = Files.createDirectories(dir.resolve("advisories-upnp"));
        Files.writeString(adv.resolve("miniupnpd.json"), """
                {"id": "HGTEST-2026-0101", "summary": "test fixture, not a real advisory",
                 "affected": [{"package": {"name": "MiniUPnPd"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "99.0"}]}]},
                              {"package": {"name": "linux"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]}]}]}
                """);
        TestHome.Published published = new TestHome.Published();
        HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet }, "scheduleHours", 0,
                "upnpSearchMillis", 1500, "advisoryDirectory", adv.toString())), TestHome.inventory(), published, null);
        List<Finding> f;
        try {
            f = c.checkRouterMappings();
        } finally {
            c.deactivate();
        }
        List<Finding> adv1 = f.stream().filter(x -> x.rule().equals("hygiene.firmware.advisory")).toList();
        assertEquals(1, adv1.size(), f.toString());
        Finding a = adv1.get(0);
        assertEquals("miniupnpd", a.evidence().get("product"));
        assertEquals(installed, a.evidence().get("installed"));
        assertEquals("99.0", a.evidence().get("fixed"));
        assertEquals(ns.nsIp, a.device().ip());
        assertTrue(a.summary().startsWith("The router (" + ns.nsIp + ") runs miniupnpd " + installed), a.summary());
        assertTrue(((String) a.evidence().get("readFrom")).contains("SERVER"), a.evidence().toString());
    }

    @Test
    void theSsdpSearchLeavesOnlyByTheTestsVethPair() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tcpdump")), "tcpdump is missing: skipped");
        // every SSDP packet on every interface of this machine (the namespace's own are not seen from here)
        Path seen = dir.resolve("ssdp.txt");
        Path err = dir.resolve("tcpdump-ssdp.err");
        Process t = new ProcessBuilder("tcpdump", "-i", "any", "-nn", "-l", "-U", "udp and (dst port 1900 or dst host 239.255.255.250)")
                .redirectOutput(seen.toFile()).redirectError(err.toFile()).start();
        try {
            for (int i = 0; i < 100 && !Files.readString(err).contains("listening on"); i++) {
                Thread.sleep(50);
            }
            UpnpIgd.Result r = new UpnpIgd(HomeSubnets.of(List.of(ns.subnet)), bounds(128)).query();
            assertEquals(ns.nsIp, r.router(), r.toString());
            Thread.sleep(500);
        } finally {
            t.destroy();
            t.waitFor(5, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(seen).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(2, lines.size(), String.join("\n", lines)); // the two M-SEARCHes (IGD:1 and IGD:2)
        assertTrue(lines.stream().allMatch(l -> l.contains(" " + ns.hostIf() + " Out ") && l.contains(ns.hostIp + ".")
                && l.contains("> 239.255.255.250.1900")), String.join("\n", lines));
    }

    @Test
    void theMappingCountIsBoundedWithANote() throws Exception {
        UpnpIgd.Result r = new UpnpIgd(HomeSubnets.of(List.of(ns.subnet)), bounds(2)).fromLocation(rootDesc, ns.nsIp);
        assertEquals(2, r.mappings().size());
        assertTrue(r.notes().toString().contains("stopped at 2 mappings"), r.notes().toString());
    }

    @Test
    void aRouterOutsideTheHomeSubnetsIsNotAsked() throws Exception {
        UpnpIgd.Result r = new UpnpIgd(HomeSubnets.of(List.of("10.99.0.0/24")), bounds(128)).fromLocation(rootDesc, ns.nsIp);
        assertNull(r.router());
        assertEquals(0, r.bytesSent());
        assertTrue(r.notes().toString().contains("not an address inside the home subnets"), r.notes().toString());
        // and the SSDP search has no interface to go out of
        UpnpIgd.Result none = new UpnpIgd(HomeSubnets.of(List.of("10.99.0.0/24")), bounds(128)).query();
        assertEquals(0, none.bytesSent());
        assertTrue(none.notes().toString().contains("no address of this machine is inside the home subnets"), none.notes().toString());
    }
}
