package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub as the systemd unit of docs/response.md runs it: user {@code nobody}, no root, and
 * only the capability a feature needs as an ambient capability — here the DNS forwarder on
 * port 53 with {@code CAP_NET_BIND_SERVICE} alone. The whole hub process runs inside a
 * network namespace the test creates (its own loopback; a real dnsmasq there is the
 * upstream) and removes; {@code dig} asks from inside it. Without the capability the
 * forwarder says why it cannot listen and the rest of the hub runs on.
 */
class NonRootIT {
    @TempDir
    Path tmp;
    private String ns;
    private Process upstream;

    @BeforeEach
    void up() {
        assumeTrue(run("id", "-u") && out("id", "-u").strip().equals("0"), "needs root to create namespaces and drop to nobody");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/dnsmasq")) && Files.isExecutable(Path.of("/usr/bin/dig")),
                "dnsmasq and dig are needed (apt-get install dnsmasq-base bind9-dnsutils)");
        assumeTrue(run("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "test", "-r", Hub.TARGET.resolve("hearthguard-launcher.jar").toString()),
                "the build output is not readable by user nobody here (a checkout under a private home directory)");
        ns = "hgn-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        must("ip", "netns", "add", ns);
        must("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up");
    }

    @AfterEach
    void down() throws Exception {
        if (upstream != null) {
            upstream.destroy();
            upstream.waitFor(5, TimeUnit.SECONDS);
        }
        if (ns != null) {
            run("ip", "netns", "del", ns);
        }
    }

    private Hub startAsNobody(String caps) throws Exception {
        upstream = new ProcessBuilder("ip", "netns", "exec", ns, "/usr/sbin/dnsmasq", "--keep-in-foreground", "--no-resolv", "--no-hosts",
                "--bind-interfaces", "--listen-address=127.0.0.2", "--port=5300", "--conf-file=/dev/null", "--pid-file=", "--user=root",
                "--log-facility=-", "--cache-size=0", "--address=/shop.test/192.0.2.30")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/io.hearthguard.dns.cfg"), "listen=127.0.0.1:53\nupstreams=127.0.0.2:5300\n");
        must("chown", "-R", "65534:65534", tmp.toString());
        return Hub.start(data, System.getProperty("java.home"), List.of(), List.of("ip", "netns", "exec", ns, "/usr/bin/setpriv",
                "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all" + caps, "--ambient-caps=-all" + caps));
    }

    @Test
    void withOnlyCapNetBindServiceTheHubAnswersDnsOnPort53AsNobody() throws Exception {
        try (Hub hub = startAsNobody(",+net_bind_service")) {
            hub.awaitReady(Duration.ofSeconds(120));
            String status = Files.readString(Path.of("/proc/" + hub.process.pid() + "/status"));
            assertTrue(status.lines().anyMatch(l -> l.matches("Uid:\\s+65534\\s+65534\\s+65534\\s+65534")), status);
            String capEff = status.lines().filter(l -> l.startsWith("CapEff:")).findFirst().orElseThrow().split("\\s+")[1];
            assertEquals(1L << 10, Long.parseLong(capEff, 16), "the JVM holds CAP_NET_BIND_SERVICE and nothing else: " + capEff);
            String answer = "";
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!answer.contains("192.0.2.30") && System.nanoTime() < until) { // the forwarder starts when its config is read
                answer = out("ip", "netns", "exec", ns, "/usr/bin/dig", "@127.0.0.1", "-p", "53", "+time=2", "+tries=1", "+short", "www.shop.test");
                Thread.sleep(300);
            }
            assertEquals("192.0.2.30", answer.strip(), hub.output());
        }
    }

    @Test
    void withoutTheCapabilityTheForwarderSaysWhyAndTheHubRunsOn() throws Exception {
        try (Hub hub = startAsNobody("")) {
            hub.awaitReady(Duration.ofSeconds(120));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!log(hub).contains("CAP_NET_BIND_SERVICE") && System.nanoTime() < until) {
                Thread.sleep(300);
            }
            String log = log(hub);
            assertTrue(log.contains("DNS forwarder not started: cannot listen for DNS") && log.contains("port 53 needs CAP_NET_BIND_SERVICE"), log);
            assertTrue(hub.process.isAlive(), "the hub keeps running without its forwarder");
        }
    }

    /** The console and the hub's log file (component failures are logged there). */
    private static String log(Hub hub) throws Exception {
        Path file = hub.data.resolve("logs/hub0.log");
        return hub.output() + (Files.exists(file) ? Files.readString(file) : "");
    }

    private static String out(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] b = p.getInputStream().readAllBytes();
            p.waitFor(20, TimeUnit.SECONDS);
            return new String(b, StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "";
        }
    }

    private static void must(String... cmd) {
        assertTrue(run(cmd), String.join(" ", cmd) + " failed");
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
