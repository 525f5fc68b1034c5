package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A hub that serves the home's DNS without capturing the LAN: the forwarder's queries reach
 * discovery and the threat-intelligence protection as captured DNS would (issue 19). The
 * whole hub runs as its own process with no live capture configured; the home is a device
 * namespace joined to this host by a veth pair, the "internet" a second namespace where a
 * real dnsmasq answers. Both namespaces and links are created and removed here; nothing
 * leaves them. The client is real {@code dig}.
 *
 * <pre>
 *  device 10.215.1.2 ── 10.215.1.1 [hub process: forwarder] 10.215.9.1 ── internet 10.215.9.2 (dnsmasq)
 * </pre>
 */
class DnsFeedIT {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    private final List<String> namespaces = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        for (String l : links) {
            run("ip", "link", "del", l);
        }
        for (String ns : namespaces) {
            run("ip", "netns", "del", ns);
        }
    }

    @Test
    void aLookupThroughTheHubsForwarderNamesTheDeviceAndRaisesTheThreatIntelFinding() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/dnsmasq")) && Files.isExecutable(Path.of("/usr/bin/dig")),
                "dnsmasq and dig are needed (apt-get install dnsmasq-base bind9-dnsutils)");
        assumeTrue(run("ip", "netns", "list"), "ip netns is not available (needs root)");
        String id = HexFormat.of().formatHex(new SecureRandom().generateSeed(2));
        String device = "hgf-" + id + "-dev";
        String internet = "hgf-" + id + "-net";
        pair(device, "hgf" + id + "l", "10.215.1.1/24", "10.215.1.2/24");
        pair(internet, "hgf" + id + "w", "10.215.9.1/24", "10.215.9.2/24");
        String deviceMac = out("ip", "netns", "exec", device, "cat", "/sys/class/net/eth0/address").strip().toLowerCase(Locale.ROOT);
        processes.add(new ProcessBuilder("ip", "netns", "exec", internet, "/usr/sbin/dnsmasq", "--keep-in-foreground", "--no-resolv",
                "--no-hosts", "--bind-interfaces", "--listen-address=10.215.9.2", "--port=53", "--conf-file=/dev/null", "--pid-file=",
                "--user=root", "--log-facility=-", "--cache-size=0", "--address=/shop.test/192.0.2.30", "--address=/c2.test/192.0.2.99")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());

        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.createDirectories(data.resolve("threatintel"));
        Files.writeString(data.resolve("threatintel/c2.txt"), "c2.test\n");
        Files.writeString(data.resolve("config/io.hearthguard.dns.cfg"),
                "listen=10.215.1.1:53\nupstreams=10.215.9.2\nallowedClients=10.215.1.0/24\n");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(120));
            String token = hub.adminToken(http);
            List<String> inDevice = List.of("ip", "netns", "exec", device);
            String shop = "";
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!shop.contains("192.0.2.30") && System.nanoTime() < until) { // the forwarder starts with its config
                shop = dig(inDevice, "+short", "www.shop.test");
                Thread.sleep(300);
            }
            assertEquals("192.0.2.30", shop.strip(), hub.output());
            String c2 = dig(inDevice, "api.c2.test");
            assertTrue(c2.contains("status: NXDOMAIN"), "the listed name is sinkholed:\n" + c2);

            JsonNode finding = null;
            JsonNode dev = null;
            until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((finding == null || dev == null) && System.nanoTime() < until) {
                for (JsonNode f : get(http, hub, token, "/api/findings?limit=100").get("items")) {
                    if (f.toString().contains("api.c2.test")) {
                        finding = f;
                    }
                }
                for (JsonNode d : get(http, hub, token, "/api/devices").get("items")) {
                    if (d.toString().toLowerCase(Locale.ROOT).contains(deviceMac)) {
                        dev = d;
                    }
                }
                Thread.sleep(300);
            }
            assertTrue(finding != null, "a threat-intel finding for the lookup:\n" + get(http, hub, token, "/api/findings?limit=100") + "\n" + hub.output());
            assertTrue(finding.toString().toLowerCase(Locale.ROOT).contains(deviceMac),
                    "the finding names the device by the MAC the hub's neighbour table gives its address:\n" + finding);
            assertTrue(finding.toString().contains("threat"), finding.toString());
            assertTrue(dev != null, "discovery knows the device from its queries alone:\n" + get(http, hub, token, "/api/devices"));
            assertTrue(dev.toString().contains("10.215.1.2"), dev.toString());
        }
    }

    private static JsonNode get(HttpClient http, Hub hub, String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(hub.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static String dig(List<String> prefix, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of("/usr/bin/dig", "@10.215.1.1", "-p", "53", "+time=2", "+tries=1"));
        cmd.addAll(List.of(args));
        return out(cmd.toArray(String[]::new));
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

    private static String out(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] b = p.getInputStream().readAllBytes();
        p.waitFor(20, TimeUnit.SECONDS);
        return new String(b, StandardCharsets.UTF_8);
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
