package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.capture.internal.analyze.Analyzer;

/**
 * On a generated home capture (gen_pcap.py, 20,000 packets, seed 1) capture extracts the
 * same DNS names, TLS SNI set and TCP+UDP flow count as tshark. Skipped when tshark or
 * python3 is missing (CI must install Debian's tshark).
 */
class TsharkAgreementTest {
    @TempDir
    static Path tmp;
    static Path file;
    static Analyzer.Result ours;

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static List<String> run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    @BeforeAll
    static void generate() throws Exception {
        Path gen = Shared.data().getParent().resolve("bench/gen_pcap.py");
        assumeTrue(Files.isRegularFile(gen) && onPath("python3"), "gen_pcap.py or python3 missing");
        assumeTrue(onPath("tshark"), "tshark is not installed (apt-get install tshark)");
        file = tmp.resolve("home.pcap");
        run("python3", gen.toString(), "--packets", "20000", "--seed", "1", "--out", file.toString());
        ours = Shared.analyze(file);
    }

    @Test
    void dnsQueryNamesEqualTsharks() throws Exception {
        Set<String> t = new TreeSet<>();
        for (String l : run("tshark", "-r", file.toString(), "-Y", "dns.qry.name", "-T", "fields", "-e", "dns.qry.name")) {
            for (String n : l.split(",")) {
                if (!n.isBlank()) {
                    t.add(n.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> o = new TreeSet<>();
        ours.metadata.stream().filter(DnsMessage.class::isInstance).map(DnsMessage.class::cast)
                .forEach(m -> m.questions().forEach(q -> o.add(q.name())));
        assertEquals(t, o);
        assertEquals(true, t.size() > 10);
    }

    @Test
    void tlsServerNamesEqualTsharks() throws Exception {
        Set<String> t = new TreeSet<>();
        for (String l : run("tshark", "-r", file.toString(), "-Y", "tls.handshake.type==1", "-T", "fields", "-e",
                "tls.handshake.extensions_server_name")) {
            if (!l.isBlank()) {
                t.add(l.trim().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> o = new TreeSet<>();
        ours.metadata.stream().filter(TlsClientHello.class::isInstance).map(TlsClientHello.class::cast)
                .forEach(m -> m.sni().ifPresent(o::add));
        assertEquals(t, o);
        assertEquals(true, t.size() > 10);
    }

    @Test
    void tcpAndUdpFlowCountEqualsTsharkConversations() throws Exception {
        long conv = run("tshark", "-r", file.toString(), "-q", "-z", "conv,tcp", "-z", "conv,udp").stream()
                .filter(l -> l.contains("<->")).count();
        long flows = ours.endedFlows.stream().filter(f -> f.protocol() == 6 || f.protocol() == 17).count();
        assertEquals(conv, flows);
    }
}
