package io.hearthguard.dns.internal;

import static io.hearthguard.dns.internal.Tools.dig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS over TLS to a real TLS server: stunnel (as DoT front ends are commonly run) on
 * loopback with a certificate the test makes for {@code dot.test}, in front of dnsmasq.
 */
class DnsOverTlsTest {
    @TempDir
    Path dir;
    private Process upstream;
    private Process stunnel;
    private int tlsPort;
    private DnsComponent dns;

    @BeforeEach
    void servers() throws Exception {
        Tools.assumeDnsTools();
        assumeTrue(Files.isExecutable(Path.of(Tools.STUNNEL)), "stunnel4 is not installed (apt-get install stunnel4)");
        int dnsPort = Tools.freeUdpPort();
        upstream = Tools.dnsmasq(List.of(), "127.0.0.1", dnsPort, "private.test=192.0.2.20");
        Process gen = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=dot.test",
                "-addext", "subjectAltName=DNS:dot.test", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(gen.waitFor(60, TimeUnit.SECONDS) && gen.exitValue() == 0, "openssl could not make a certificate");
        tlsPort = Tools.freeUdpPort();
        Files.writeString(dir.resolve("stunnel.conf"), "foreground = yes\npid =\n[dot]\naccept = 127.0.0.1:" + tlsPort + "\nconnect = 127.0.0.1:" + dnsPort
                + "\ncert = " + dir.resolve("cert.pem") + "\nkey = " + dir.resolve("key.pem") + "\n");
        stunnel = new ProcessBuilder(Tools.STUNNEL, dir.resolve("stunnel.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stunnel.log").toFile()).start();
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            try (Socket s = new Socket("127.0.0.1", tlsPort)) {
                break;
            } catch (java.io.IOException e) {
                Thread.sleep(100);
            }
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (dns != null) {
            dns.deactivate();
        }
        Tools.destroy(stunnel);
        Tools.destroy(upstream);
    }

    private int start(String upstreamSpec) throws Exception {
        Map<String, Object> c = new HashMap<>();
        c.put("listen", new String[] {"127.0.0.1:0"});
        c.put("upstreams", new String[] {upstreamSpec});
        c.put("blocklistDirectories", new String[] {dir.resolve("lists").toString()});
        c.put("tlsTrustFile", dir.resolve("cert.pem").toString());
        c.put("timeoutMillis", 8000); // a TLS handshake on a loaded 2-core machine can take seconds
        dns = new DnsComponent(Tools.config(c), dir, null);
        return dns.bound().get(0).getPort();
    }

    @Test
    void answersComeOverTlsFromAServerThatProvesItsName() throws Exception {
        int port = start("tls://127.0.0.1:" + tlsPort + "#dot.test");
        for (int i = 0; i < 3; i++) { // the connection is kept and reused
            assertEquals("192.0.2.20", dig(List.of(), "127.0.0.1", port, "+time=10", "+short", "private.test").strip());
        }
    }

    @Test
    void aServerWithoutTheRightNameIsNotTrusted() throws Exception {
        int port = start("tls://127.0.0.1:" + tlsPort + "#other.test");
        String out = dig(List.of(), "127.0.0.1", port, "+time=10", "private.test");
        assertTrue(out.contains("status: SERVFAIL"), out);
    }
}
