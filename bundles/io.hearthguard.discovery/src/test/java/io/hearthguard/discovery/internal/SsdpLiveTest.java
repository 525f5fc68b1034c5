package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.DeviceType;

/**
 * Active discovery on a real link: the test creates a network namespace joined to this one
 * by a veth pair, runs a UPnP device in it, and searches only that link. Skipped where
 * namespaces cannot be made (not root, no iproute2). The namespace is always removed.
 */
class SsdpLiveTest {
    final String tag = Long.toHexString(System.nanoTime() & 0xffffL);
    final String ns = "hgdisc" + tag;
    final String hostIf = "hgd" + tag + "a";
    final String nsIf = "hgd" + tag + "b";
    Process responder;
    boolean created;

    static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (responder != null) {
            responder.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        if (created) {
            run("ip", "netns", "del", ns);
            run("ip", "link", "del", hostIf);
        }
    }

    @Test
    void askingTheCaptureLinkFindsTheDeviceItsDescriptionAndPromptsMdns() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip"))
                || Files.isExecutable(Path.of("/usr/bin/ip")), "iproute2 not installed");
        Assumptions.assumeTrue(run("ip", "netns", "add", ns) == 0, "cannot create network namespaces here");
        created = true;
        List<String[]> setup = List.of(
                new String[] {"ip", "link", "add", hostIf, "type", "veth", "peer", "name", nsIf},
                new String[] {"ip", "link", "set", nsIf, "netns", ns},
                new String[] {"ip", "addr", "add", "10.213.7.1/24", "dev", hostIf},
                new String[] {"ip", "link", "set", hostIf, "up"},
                new String[] {"ip", "netns", "exec", ns, "ip", "addr", "add", "10.213.7.2/24", "dev", nsIf},
                new String[] {"ip", "netns", "exec", ns, "ip", "link", "set", nsIf, "up"},
                new String[] {"ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up"});
        for (String[] cmd : setup) {
            assertEquals(0, run(cmd), String.join(" ", cmd));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns, java, "-cp", System.getProperty("java.class.path"),
                SsdpResponder.class.getName(), "10.213.7.2", nsIf));
        responder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(responder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("READY", r.readLine(), "responder started");

        Subnets link = Subnets.of(List.of("10.213.7.0/24"));
        DiscoveryComponent c = new DiscoveryComponent(DiscoveryComponentTest.config(null), DiscoveryComponentTest.context(null), null);
        try {
            long mac = Macs.parse("00:09:b0:12:34:56");
            // capture has seen the device on the link
            c.metadata(InventoryEngineTest.arp(Instant.parse("2026-01-01T10:00:00Z"), mac, "10.213.7.2"));
            c.activeSubnets(link);
            c.searchOnce(hostIf, link, Duration.ofSeconds(1));
            long[] t = {Instant.parse("2026-01-01T10:00:00Z").toEpochMilli()};
            DiscoveryComponentTest.waitFor(() -> {
                t[0] += 2000;
                c.tick(t[0] * 1_000_000L);
                return c.byMacBits(mac).model().isPresent();
            }, "description of the device in the namespace");
            var d = c.byMacBits(mac);
            assertEquals("Acme Vision 55", d.model().orElseThrow());
            assertEquals(DeviceType.TV, d.type());
            assertTrue(d.evidence().stream().anyMatch(e -> e.source().equals("ssdp") && e.detail().contains("MediaRenderer")),
                    d.evidence().toString());
            // the mDNS query went out on the link from port 5353, asking for DNS-SD services
            String line = r.readLine();
            assertTrue(line != null && line.startsWith("MDNS 5353 _services._dns-sd._udp.local _googlecast._tcp.local"), line);
        } finally {
            c.deactivate();
        }
    }
}
