package io.hearthguard.eve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our Community ID against Wireshark's implementation (tshark's {@code communityid}
 * post-dissector) on real captures from ../shared/data: every TCP and UDP packet's id must
 * equal ours computed from the same addresses and ports. Skipped without tshark or the data.
 */
class CommunityIdTest {
    static final Path SHARED = Path.of(System.getProperty("hearthguard.shared", "../../../shared")).toAbsolutePath().normalize()
            .resolve("data");

    @Test
    void equalsWiresharksOnRealTcpAndUdpTrafficIpv4AndIpv6() throws Exception {
        String tshark = null;
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "tshark"))) {
                tshark = Path.of(dir, "tshark").toString();
            }
        }
        List<Path> files = List.of(SHARED.resolve("pcap/speaker-activations/echodot3a.pcap"),
                SHARED.resolve("pcap/iot-sentinel/Aria/Setup-A-1-STA.pcap"),
                SHARED.resolve("pcap/zeek/dns__mdns.pcap"));
        Assumptions.assumeTrue(tshark != null && Files.exists(files.get(0)), "tshark and ../shared/data needed");
        int compared = 0;
        int v6 = 0;
        for (Path f : files) {
            if (!Files.exists(f)) {
                continue;
            }
            List<String> cmd = new ArrayList<>(List.of(tshark, "-r", f.toString(), "-c", "3000", "--enable-protocol", "communityid",
                    "-Y", "(tcp or udp) and not icmp and not icmpv6 and not ip.flags.mf == 1", "-T", "fields", "-E", "separator=|",
                    "-e", "ip.src", "-e", "ipv6.src", "-e", "ip.dst", "-e", "ipv6.dst", "-e", "ip.proto", "-e", "ipv6.nxt",
                    "-e", "tcp.srcport", "-e", "udp.srcport", "-e", "tcp.dstport", "-e", "udp.dstport", "-e", "communityid"));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            for (String l : lines) {
                String[] x = l.split("\\|", -1);
                if (x.length < 11 || x[10].isEmpty() || x[0].contains(",") || x[1].contains(",")) {
                    continue; // tunnels (two IP layers) are left out
                }
                boolean six = !x[1].isEmpty();
                String src = six ? x[1] : x[0];
                String dst = six ? x[3] : x[2];
                int proto = Integer.parseInt(six ? x[5].split(",")[0] : x[4].split(",")[0]);
                int sport = Integer.parseInt(!x[6].isEmpty() ? x[6] : x[7]);
                int dport = Integer.parseInt(!x[8].isEmpty() ? x[8] : x[9]);
                assertEquals(x[10], CommunityId.of(0, src, sport, dst, dport, proto), l);
                compared++;
                v6 += six ? 1 : 0;
            }
        }
        assertTrue(compared > 500, "compared " + compared);
        assertTrue(v6 > 0, "IPv6 packets compared too");
        System.out.println("CommunityIdTest: " + compared + " packets equal to Wireshark's community id (" + v6 + " IPv6)");
    }

    @Test
    void bothDirectionsGiveOneIdAndIcmpOrNamesGiveNone() {
        String a = CommunityId.of(0, "192.168.1.20", 51000, "52.94.233.1", 443, 6);
        assertEquals(a, CommunityId.of(0, "52.94.233.1", 443, "192.168.1.20", 51000, 6));
        assertTrue(a.startsWith("1:") && a.length() == 30, a);
        assertTrue(!a.equals(CommunityId.of(1, "192.168.1.20", 51000, "52.94.233.1", 443, 6)), "the seed changes it");
        assertNull(CommunityId.of(0, "192.168.1.20", 0, "192.168.1.1", 0, 1));
        assertNull(CommunityId.of(0, "example.com", 1, "192.168.1.1", 2, 6), "never a name lookup");
        assertNull(CommunityId.of(0, "::1", 1, "192.168.1.1", 2, 6), "mixed families");
    }
}
