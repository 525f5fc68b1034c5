package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;

/**
 * The Wi-Fi security mode read from a router that announces it over UPnP
 * ({@code WLANConfiguration:1}). No Debian package implements that service, so the router here is
 * a stand-in written for the test ({@code wlan-router.py}: SSDP, a description, SOAP answers with a
 * WEP beacon) run with Debian's python3 inside a network namespace the test creates and removes.
 * The hub finds it over SSDP like any router and reads the mode; the finding costs what WEP costs
 * and names the action that wins the points back. Skips when not root or without {@code ip netns}.
 */
@Timeout(60)
class WifiNetnsTest {
    @TempDir
    Path dir;

    @Test
    void aRouterThatSaysItsWifiUsesWepGivesACriticalFindingWithTheActionThatWinsThePointsBack() throws Exception {
        Netns.assumeInstalled("/usr/bin/python3");
        try (Netns ns = Netns.create()) {
            try (var in = getClass().getResourceAsStream("/wlan-router.py")) {
                Files.write(dir.resolve("wlan-router.py"), in.readAllBytes());
            }
            Path log = dir.resolve("router.log");
            ns.awaitPort(5000, ns.start(dir.resolve("python.log"), "python3", dir.resolve("wlan-router.py").toString(), ns.nsIp, log.toString()));
            TestHome.Published published = new TestHome.Published();
            HygieneComponent c = new HygieneComponent(TestHome.config(Map.of("homeSubnets", new String[] { ns.subnet }, "scheduleHours", 0,
                    "upnpSearchMillis", 1500, "natPmp", false)), TestHome.inventory(), published, null);
            List<Finding> f;
            try {
                f = c.checkRouterMappings();
            } finally {
                c.deactivate();
            }
            Finding wifi = f.stream().filter(x -> x.rule().equals(WifiModes.RULE)).findFirst().orElseThrow(() -> new AssertionError(f.toString()));
            assertEquals(Severity.CRITICAL, wifi.severity());
            assertEquals("wep", wifi.evidence().get("mode"));
            assertEquals("the router's UPnP WLANConfiguration: beacon type Basic, basic encryption WEPEncryption", wifi.evidence().get("readFrom"));
            assertEquals(WifiModes.ACTION, wifi.evidence().get("fix"));
            assertEquals(ns.nsIp, wifi.device().ip());
            assertEquals(List.of(wifi), published.findings.stream().filter(x -> x.rule().equals(WifiModes.RULE)).toList(), "published once");
            // scored: WEP costs what a default login costs, and the reason's action is the fix
            var score = Score.of(List.of(WifiSecurityTest.stored("w1", wifi, io.hearthguard.api.finding.FindingState.OPEN)));
            assertEquals(75, score.score());
            assertEquals(WifiModes.ACTION, score.reasons().get(0).action());
            // what the stand-in was asked, in order; its external address (203.0.113.7) is not reached through it, so it is not probed
            List<String> asked = Files.readAllLines(log).stream().filter(l -> !l.startsWith("M-SEARCH")).toList();
            assertEquals(List.of("GET /desc.xml", "POST /ctl/ip GetGenericPortMappingEntry", "POST /ctl/ip GetExternalIPAddress",
                    "POST /ctl/wlan GetBeaconType", "POST /ctl/wlan GetBasBeaconSecurityProperties"), asked);
            assertTrue(f.stream().noneMatch(x -> x.rule().equals("hygiene.upnp.wan-side")), f.toString());
        }
    }
}
