package io.hearthguard.dns.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real programs the tests drive: dnsmasq as the upstream, dig as the client, stunnel as a DoT front. */
final class Tools {
    static final String DNSMASQ = "/usr/sbin/dnsmasq";
    static final String DIG = "/usr/bin/dig";
    static final String STUNNEL = "/usr/bin/stunnel4";

    private Tools() {
    }

    static void assumeDnsTools() {
        assumeTrue(Files.isExecutable(Path.of(DNSMASQ)), "dnsmasq is not installed (apt-get install dnsmasq-base)");
        assumeTrue(Files.isExecutable(Path.of(DIG)), "dig is not installed (apt-get install bind9-dnsutils)");
    }

    /**
     * A port for dnsmasq, stunnel or the forwarder, free for UDP and TCP on loopback and below the ephemeral range: a port
     * {@code new DatagramSocket(0)} found could be taken by any outgoing query before the server bound it (and dnsmasq
     * binds TCP too).
     */
    static int freeUdpPort() throws IOException {
        return io.hearthguard.testsupport.Ports.freeLoopbackUdpAndTcpPort();
    }

    /** dnsmasq answering only the names given (name=address), refusing the rest, on host:port. */
    static Process dnsmasq(List<String> prefix, String host, int port, String... answers) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(DNSMASQ, "--keep-in-foreground", "--no-resolv", "--no-hosts", "--bind-interfaces", "--listen-address=" + host,
                "--port=" + port, "--conf-file=/dev/null", "--pid-file=", "--user=root", "--log-facility=-", "--cache-size=0"));
        for (String a : answers) {
            String[] kv = a.split("=");
            cmd.add("--address=/" + kv[0] + "/" + kv[1]);
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Runs dig; returns its output (short form unless +noshort is among the options). */
    static String dig(List<String> prefix, String server, int port, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(DIG, "@" + server, "-p", Integer.toString(port), "+time=2", "+tries=1"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(20, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A Config with the given values; every other attribute takes its default. */
    static DnsComponent.Config config(java.util.Map<String, Object> values) {
        return (DnsComponent.Config) java.lang.reflect.Proxy.newProxyInstance(DnsComponent.Config.class.getClassLoader(),
                new Class<?>[] {DnsComponent.Config.class}, (proxy, m, args) -> {
                    if (values.containsKey(m.getName())) {
                        return values.get(m.getName());
                    }
                    if (m.getName().equals("annotationType")) {
                        return DnsComponent.Config.class;
                    }
                    Object d = m.getDefaultValue();
                    if (d == null && m.getName().equals("upstreams")) {
                        return new String[0];
                    }
                    return d;
                });
    }

    static void destroy(Process p) throws InterruptedException {
        if (p != null) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

}
