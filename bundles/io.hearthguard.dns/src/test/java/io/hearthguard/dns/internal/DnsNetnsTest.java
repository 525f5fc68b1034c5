package io.hearthguard.dns.internal;

import static io.hearthguard.dns.internal.Tools.dig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.dns.DnsQueryLog.Query;
import io.hearthguard.platform.dns.DnsQueryLog.Verdict;

/**
 * The forwarder as a home's gateway runs it, in network namespaces the test creates and
 * removes: this JVM is the gateway, joined by veth pairs to a device namespace and an
 * "internet" namespace where dnsmasq stands for the world's resolvers. The veth pairs are
 * the only links, so no packet leaves them.
 *
 * <pre>
 *  device 10.214.1.2 ── 10.214.1.1 [this JVM: forwarder] 10.214.9.1 ── internet 10.214.9.2 (dnsmasq)
 * </pre>
 */
class DnsNetnsTest {
    @TempDir
    Path dir;
    private final List<String> namespaces = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private Process upstream;
    private DnsComponent dns;

    @AfterEach
    void tearDown() throws Exception {
        if (dns != null) {
            dns.deactivate();
        }
        Tools.destroy(upstream);
        for (String l : links) {
            run("ip", "link", "del", l);
        }
        for (String ns : namespaces) {
            run("ip", "netns", "del", ns);
        }
    }

    @Test
    void aDeviceBehindTheGatewayGetsBlockedNamesSinkholedAndOthersForwarded() throws Exception {
        Tools.assumeDnsTools();
        assumeTrue(run("id", "-u") && new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip().equals("0"),
                "network namespace tests need root");
        assumeTrue(run("ip", "netns", "list"), "ip netns is not available");
        String id = HexFormat.of().formatHex(new SecureRandom().generateSeed(2));
        String device = "hgd-" + id + "-dev";
        String internet = "hgd-" + id + "-net";
        pair(device, "hgd" + id + "l", "10.214.1.1/24", "10.214.1.2/24");
        pair(internet, "hgd" + id + "w", "10.214.9.1/24", "10.214.9.2/24");
        upstream = Tools.dnsmasq(List.of("ip", "netns", "exec", internet), "10.214.9.2", 53, "shop.test=192.0.2.30", "c2.test=192.0.2.99");
        Files.createDirectories(dir.resolve("threatintel"));
        Files.writeString(dir.resolve("threatintel/c2.txt"), "c2.test\n");
        Map<String, Object> c = new HashMap<>();
        c.put("listen", new String[] {"10.214.1.1:53"});
        c.put("upstreams", new String[] {"10.214.9.2"});
        c.put("allowedClients", new String[] {"10.214.1.0/24"});
        waitFor(() -> dig(List.of(), "10.214.9.2", 53, "+short", "shop.test").contains("192.0.2.30"));
        dns = new DnsComponent(Tools.config(c), dir, null); // default folders: <data>/dns/blocklists and <data>/threatintel
        List<String> inDevice = List.of("ip", "netns", "exec", device);
        assertEquals("192.0.2.30", dig(inDevice, "10.214.1.1", 53, "+short", "shop.test").strip());
        String blocked = dig(inDevice, "10.214.1.1", 53, "api.c2.test");
        assertTrue(blocked.contains("status: NXDOMAIN"), blocked);
        Query q = dns.byClient("10.214.1.2", 5).get(0);
        assertEquals(Verdict.BLOCKED, q.verdict());
        assertEquals("api.c2.test", q.name());
        assertEquals("c2.txt", q.list());
    }

    private void pair(String ns, String hostSide, String hostAddr, String nsAddr) {
        must("ip", "netns", "add", ns);
        namespaces.add(ns);
        must("ip", "link", "add", hostSide, "type", "veth", "peer", "name", "eth0", "netns", ns);
        links.add(hostSide);
        must("ip", "addr", "add", hostAddr, "dev", hostSide);
        must("ip", "link", "set", hostSide, "up");
        must("ip", "netns", "exec", ns, "ip", "addr", "add", nsAddr, "dev", "eth0");
        must("ip", "netns", "exec", ns, "ip", "link", "set", "eth0", "up");
        must("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up");
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check c) throws Exception {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!c.ok()) {
            assertTrue(System.nanoTime() < until, "the namespace's dnsmasq did not answer");
            Thread.sleep(200);
        }
    }

    private static void must(String... cmd) {
        assertTrue(run(cmd), String.join(" ", cmd) + " failed");
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
