package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.SoftwareVersion;

/**
 * Real announcements: busybox's udhcpc asks the real dnsmasq for an address (its vendor class
 * is {@code udhcp <busybox version>}), then the real avahi-daemon publishes a service whose TXT
 * record says {@code fwversion=4.30.2}; both in network namespaces the script
 * {@code netns/announced-software.sh} creates and removes. Wireshark's dissectors read the
 * capture; the engine must put both versions on the device.
 */
class AnnouncedSoftwareNetnsTest {

    @Test
    void versionsAnnouncedOverDhcpAndMdnsReachTheDevice(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                StandardCharsets.US_ASCII).strip().equals("0"), "not root: network-namespace test skipped");
        for (String b : List.of("/usr/sbin/dnsmasq", "/usr/sbin/avahi-daemon", "/usr/bin/tcpdump", "/bin/busybox")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(b)), b + " missing (apt-get install dnsmasq avahi-daemon tcpdump busybox)");
        }
        Path script = dir.resolve("announced-software.sh");
        try (var in = getClass().getResourceAsStream("/netns/announced-software.sh")) {
            Files.write(script, in.readAllBytes());
        }
        Path pcap = dir.resolve("device.pcap");
        Path work = Files.createDirectory(dir.resolve("work"));
        Process p = new ProcessBuilder("bash", script.toString(), pcap.toString(), work.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("script.log").toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "script took longer than 90 s");
        assertEquals(0, p.exitValue(), () -> read(dir.resolve("script.log")) + read(work.resolve("avahi.log")));
        String busybox = read(work.resolve("udhcpc.log")).replaceAll("(?s).*started, v([0-9.]+).*", "$1");
        assertTrue(busybox.matches("[0-9.]+"), "udhcpc names its version in its log");

        InventoryEngine engine = Recorder.feed(new Recorder(), InventoryEngineTest.identifier(), pcap);
        Device cam = engine.devices().stream().filter(d -> d.names().stream().anyMatch(n -> n.startsWith("hgcam")))
                .findFirst().orElseThrow(() -> new AssertionError("avahi's host not found: " + engine.devices()));
        List<SoftwareVersion> sw = cam.software();
        assertTrue(sw.contains(new SoftwareVersion("udhcp", busybox, "dhcp-vendor-class", "DHCP vendor class udhcp " + busybox)), sw::toString);
        assertTrue(sw.contains(new SoftwareVersion("", "4.30.2", "mdns-txt.fwversion", "mDNS TXT fwversion=4.30.2")), sw::toString);
        assertEquals(2, sw.size(), () -> "txtvers=1 is no software version: " + sw);
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (Exception e) {
            return e.toString();
        }
    }
}
