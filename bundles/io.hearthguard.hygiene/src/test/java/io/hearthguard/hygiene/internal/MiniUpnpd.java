package io.hearthguard.hygiene.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;

/**
 * The real Debian {@code miniupnpd} (nftables build) as the home router of a network
 * namespace the test creates and removes: its LAN end is the namespace end of the test's veth
 * pair, its WAN a second veth pair inside the namespace with an address no one outside can
 * reach ({@value #WAN_IP}), and the nftables chains it expects made inside the namespace only.
 * Install: {@code apt-get install miniupnpd miniupnpc natpmpc}. Skips (assumption) when they are
 * missing, when not root or without {@code ip netns}.
 */
final class MiniUpnpd {
    static final String WAN_IP = "11.0.0.2";

    private MiniUpnpd() {
    }

    /** @return the namespace, its router answering UPnP on port 5000 (and NAT-PMP/PCP on 5351 when {@code natPmp}) */
    static Netns start(Path dir, boolean natPmp) throws Exception {
        return start(dir, natPmp, WAN_IP, false);
    }

    /**
     * @param wanIp       the router's internet-side address (miniupnpd refuses to listen on a public one, so a router listening on
     *                    its internet side needs a private or carrier-grade NAT address, as behind a provider's CGNAT)
     * @param listenOnWan also list the internet-side interface in {@code listening_ip}: the unsafe configuration
     */
    static Netns start(Path dir, boolean natPmp, String wanIp, boolean listenOnWan) throws Exception {
        for (String bin : List.of("/usr/sbin/miniupnpd", "/usr/bin/upnpc", "/usr/sbin/nft")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(bin)), bin + " is missing (apt-get install miniupnpd miniupnpc): skipped");
        }
        Netns ns = Netns.create();
        try {
            ns.exec("ip", "link", "add", "wan0", "type", "veth", "peer", "name", "wan0p");
            ns.exec("ip", "addr", "add", wanIp + "/24", "dev", "wan0"); // the WAN address; exists only in the namespace
            ns.exec("ip", "link", "set", "wan0", "up");
            ns.exec("ip", "link", "set", "wan0p", "up");
            try (var in = MiniUpnpd.class.getResourceAsStream("/miniupnpd-chains.nft")) {
                Files.write(dir.resolve("rules.nft"), in.readAllBytes()); // shared with bench/hygiene-slash24.sh
            }
            ns.exec("nft", "-f", dir.resolve("rules.nft").toString());
            Files.writeString(dir.resolve("miniupnpd.conf"), String.join("\n", "ext_ifname=wan0", "listening_ip=" + ns.nsIf(), listenOnWan ? "listening_ip=wan0" : "", "http_port=5000",
                    "enable_upnp=yes", "enable_natpmp=" + (natPmp ? "yes" : "no"), "secure_mode=no", "system_uptime=yes",
                    "uuid=3d3f2c1a-0000-4000-8000-00000000c0de", "allow 1024-65535 " + ns.subnet + " 1-65535", "deny 0-65535 0.0.0.0/0 0-65535", ""));
            // its own pid file: miniupnpd refuses to start while the process named in /var/run/miniupnpd.pid lives
            Process router = ns.start(dir.resolve("miniupnpd.log"), "/usr/sbin/miniupnpd", "-d", "-f", dir.resolve("miniupnpd.conf").toString(),
                    "-P", dir.resolve("miniupnpd.pid").toString());
            try {
                ns.awaitPort(5000, router);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + ": " + Files.readString(dir.resolve("miniupnpd.log")), e);
            }
        } catch (Exception | Error e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    /** @return the router's description URL */
    static String rootDesc(Netns ns) {
        return "http://" + ns.nsIp + ":5000/rootDesc.xml";
    }

    /** Runs the real {@code upnpc} against the router with {@code args} and checks that it mapped. */
    static void upnpc(Netns ns, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("upnpc", "-u", rootDesc(ns)));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertTrue(out.contains("is redirected to internal"), "upnpc " + List.of(args) + ": " + out);
    }
}
