package io.hearthguard.response.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small home network in network namespaces the test creates and removes: a gateway
 * ({@code gw}) routing between two device namespaces ({@code d1}, {@code d2}) and an
 * "internet" namespace ({@code net}) with test servers. Nothing is routed to the host: the
 * namespaces are connected only to each other by veth pairs, so no packet leaves them.
 *
 * <pre>
 *  d1 10.213.1.2 ── lan1 10.213.1.1 ┐
 *                                   gw ── wan 10.213.9.1 ── net 10.213.9.2, 10.213.9.3
 *  d2 10.213.2.2 ── lan2 10.213.2.1 ┘
 * </pre>
 */
final class NetnsLab implements AutoCloseable {
    static final String D1_IP = "10.213.1.2";
    static final String D2_IP = "10.213.2.2";
    static final String GW_LAN1 = "10.213.1.1";
    static final String NET_A = "10.213.9.2";
    static final String NET_B = "10.213.9.3";
    static final String D1_IP6 = "fd13:213:1::2";
    static final String D2_IP6 = "fd13:213:2::2";
    static final String GW_LAN1_6 = "fd13:213:1::1";
    static final String NET_A6 = "fd13:213:9::2";
    static final String NET_B6 = "fd13:213:9::3";
    static final int HTTP = 8080;
    static final String PY = "/usr/bin/python3";

    final String gw;
    final String d1;
    final String d2;
    final String net;
    private final List<String> namespaces = new ArrayList<>();
    private final List<Process> servers = new ArrayList<>();

    /** Skips the calling test unless we are root and have nft, ip netns and python3. */
    static void assumeAvailable() {
        assumeTrue(ok("id", "-u") && out("id", "-u").strip().equals("0"), "network namespace tests need root");
        assumeTrue(ok("nft", "--version"), "nft is not installed (apt-get install nftables)");
        assumeTrue(ok("ip", "netns", "list"), "ip netns is not available");
        assumeTrue(ok(PY, "--version"), PY + " is not installed");
    }

    NetnsLab() throws Exception {
        String id = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        gw = "hgr-" + id + "-gw";
        d1 = "hgr-" + id + "-d1";
        d2 = "hgr-" + id + "-d2";
        net = "hgr-" + id + "-net";
        try {
            for (String ns : List.of(gw, d1, d2, net)) {
                must("ip", "netns", "add", ns);
                namespaces.add(ns);
                in(ns, "ip", "link", "set", "lo", "up");
            }
            link("lan1", d1, "10.213.1.1/24", D1_IP + "/24");
            link("lan2", d2, "10.213.2.1/24", D2_IP + "/24");
            link("wan", net, "10.213.9.1/24", NET_A + "/24");
            in(net, "ip", "addr", "add", NET_B + "/24", "dev", "eth0");
            in(d1, "ip", "route", "add", "default", "via", GW_LAN1);
            in(d2, "ip", "route", "add", "default", "via", "10.213.2.1");
            in(net, "ip", "route", "add", "10.213.0.0/16", "via", "10.213.9.1");
            in(gw, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1");
            // IPv6 beside it (unique local addresses, no duplicate-address wait)
            in(gw, "ip", "-6", "addr", "add", GW_LAN1_6 + "/64", "dev", "lan1", "nodad");
            in(gw, "ip", "-6", "addr", "add", "fd13:213:2::1/64", "dev", "lan2", "nodad");
            in(gw, "ip", "-6", "addr", "add", "fd13:213:9::1/64", "dev", "wan", "nodad");
            in(d1, "ip", "-6", "addr", "add", D1_IP6 + "/64", "dev", "eth0", "nodad");
            in(d2, "ip", "-6", "addr", "add", D2_IP6 + "/64", "dev", "eth0", "nodad");
            in(net, "ip", "-6", "addr", "add", NET_A6 + "/64", "dev", "eth0", "nodad");
            in(net, "ip", "-6", "addr", "add", NET_B6 + "/64", "dev", "eth0", "nodad");
            in(d1, "ip", "-6", "route", "add", "default", "via", GW_LAN1_6);
            in(d2, "ip", "-6", "route", "add", "default", "via", "fd13:213:2::1");
            in(net, "ip", "-6", "route", "add", "fd13:213::/32", "via", "fd13:213:9::1");
            in(gw, "sysctl", "-q", "-w", "net.ipv6.conf.all.forwarding=1");
            // the "internet": a web server on both addresses; the gateway: a web server (not
            // allowed for a quarantined device) and a UDP echo on port 53 (DNS: allowed)
            server(net, PY, "-m", "http.server", Integer.toString(HTTP), "--bind", "::"); // both families
            server(gw, PY, "-m", "http.server", "8081", "--bind", GW_LAN1);
            server(gw, PY, "-c", "import socket\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\ns.bind(('" + GW_LAN1
                    + "',53))\nwhile True:\n d,a=s.recvfrom(512)\n s.sendto(d,a)");
            server(gw, PY, "-c", "import socket\ns=socket.socket(socket.AF_INET6,socket.SOCK_DGRAM)\ns.bind(('" + GW_LAN1_6
                    + "',53))\nwhile True:\n d,a=s.recvfrom(512)\n s.sendto(d,a)");
            server(d1, PY, "-m", "http.server", "8082", "--bind", D1_IP);
            server(d1, PY, "-m", "http.server", "8083", "--bind", D1_IP6);
            waitUntil(() -> tcp(d2, NET_A, HTTP) && tcp(d1, GW_LAN1, 8081) && udp(d1, GW_LAN1, 53) && tcp(net, D1_IP, 8082)
                    && tcp(d2, NET_A6, HTTP) && tcp(net, D1_IP6, 8083) && udp(d1, GW_LAN1_6, 53));
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** @return the prefix that runs a command in the gateway */
    String gatewayPrefix() {
        return "ip netns exec " + gw;
    }

    /** @return d1's MAC */
    String d1Mac() {
        return out("ip", "netns", "exec", d1, "cat", "/sys/class/net/eth0/address").strip();
    }

    /** @return true when a TCP connection from {@code ns} to host:port is accepted within 1.5 s */
    boolean tcp(String ns, String host, int port) {
        return ok("ip", "netns", "exec", ns, PY, "-c",
                "import socket\nsocket.create_connection(('" + host + "'," + port + "),timeout=1.5).close()");
    }

    /** @return true when a UDP datagram from {@code ns} to host:port is echoed within 1.5 s */
    boolean udp(String ns, String host, int port) {
        String family = host.indexOf(':') >= 0 ? "AF_INET6" : "AF_INET";
        return ok("ip", "netns", "exec", ns, PY, "-c", "import socket\ns=socket.socket(socket." + family + ",socket.SOCK_DGRAM)\n"
                + "s.settimeout(1.5)\ns.sendto(b'hg',('" + host + "'," + port + "))\nassert s.recv(64)==b'hg'");
    }

    /** Runs nft in the gateway; returns its output, fails the test on a non-zero exit. */
    String nft(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", gw, "nft"));
        cmd.addAll(List.of(args));
        return must(cmd.toArray(String[]::new));
    }

    /** Removes the gateway namespace (its tables go with it): a gateway nft cannot reach. */
    void removeGateway() {
        ok("ip", "netns", "del", gw);
        namespaces.remove(gw);
    }

    @Override
    public void close() {
        for (Process p : servers) {
            p.destroyForcibly();
        }
        for (Process p : servers) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String ns : namespaces) {
            ok("ip", "netns", "del", ns);
        }
        namespaces.clear();
    }

    private void link(String gwSide, String ns, String gwAddr, String nsAddr) {
        must("ip", "link", "add", gwSide, "netns", gw, "type", "veth", "peer", "name", "eth0", "netns", ns);
        in(gw, "ip", "addr", "add", gwAddr, "dev", gwSide);
        in(gw, "ip", "link", "set", gwSide, "up");
        in(ns, "ip", "addr", "add", nsAddr, "dev", "eth0");
        in(ns, "ip", "link", "set", "eth0", "up");
    }

    private void server(String ns, String... cmd) throws IOException {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        c.addAll(List.of(cmd));
        servers.add(new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    private static void in(String ns, String... cmd) {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        c.addAll(List.of(cmd));
        must(c.toArray(String[]::new));
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitUntil(Check c) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!c.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the lab did not come up within 20 s");
            }
            Thread.sleep(100);
        }
    }

    static boolean ok(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String out(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String must(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
    /** One namespace (no devices) in which the component's nft runs; for policy tests. */
    static final class Gateway implements AutoCloseable {
        final String ns;

        Gateway(String role) {
            assumeAvailable();
            ns = "hgr-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3)) + "-" + role;
            must("ip", "netns", "add", ns);
        }

        /** @return the real component with nft in this namespace, state in {@code dir} */
        ResponseComponent component(java.nio.file.Path dir) throws IOException {
            return new ResponseComponent(Configs.of(ResponseComponent.Config.class, java.util.Map.of("commandPrefix", "ip netns exec " + ns)),
                    dir, null);
        }

        @Override
        public void close() {
            ok("ip", "netns", "del", ns);
        }
    }
}
